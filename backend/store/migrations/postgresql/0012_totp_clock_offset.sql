-- TOTP: how many time steps the device's clock runs ahead (+) or behind (-) the server's, found by an
-- administrator's resynchronisation with two consecutive codes (RFC 6238 §6); codes are checked around it.
ALTER TABLE factors ADD COLUMN clock_offset BIGINT NOT NULL DEFAULT 0;
