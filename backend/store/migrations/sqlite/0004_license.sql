-- The installation's license (one row). app_key names this installation to the vendor, who binds keys to it.
CREATE TABLE license (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    app_key TEXT NOT NULL,
    license_key TEXT,
    demo_started_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);

-- Unique users per month: a user is counted once, on the first successful authentication of the month.
CREATE TABLE license_usage (
    month TEXT NOT NULL,
    username_key TEXT NOT NULL,
    username TEXT NOT NULL,
    first_seen INTEGER NOT NULL,
    last_login INTEGER NOT NULL,
    PRIMARY KEY (month, username_key)
);

-- How many users each month counted; the limit is enforced by one conditional UPDATE on this row.
CREATE TABLE license_months (
    month TEXT PRIMARY KEY,
    users INTEGER NOT NULL
);

CREATE TABLE license_alarm_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    recipients TEXT NOT NULL DEFAULT '',
    support_days TEXT NOT NULL DEFAULT '60,30,15,7',
    usage_percents TEXT NOT NULL DEFAULT '75,85,90,95'
);

-- One row per threshold crossing: the node whose INSERT succeeds sends the e-mail, so each is sent once.
CREATE TABLE license_alarms_sent (
    kind TEXT NOT NULL CHECK (kind IN ('usage', 'support')),
    period TEXT NOT NULL,
    threshold INTEGER NOT NULL,
    sent_at INTEGER NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (kind, period, threshold)
);
