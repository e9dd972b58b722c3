-- The dashboard counts a day's authentications by channel and result, and a day's delivery failures, in a log that
-- keeps every attempt. An index on (event, at) finds one event's rows of a period without reading the others;
-- carrying channel and result as well, the grouped count reads the index alone, never the table. It starts with
-- event, so it also serves every lookup audit_log_event served, which goes (one index less to write per event).
CREATE INDEX audit_log_event_at ON audit_log (event, at, channel, result);
DROP INDEX audit_log_event;
