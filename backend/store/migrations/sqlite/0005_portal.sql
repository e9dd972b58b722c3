-- Registration portal sessions (browser cookies). The cookie's SHA-256 is the key; a session starts anonymous
-- (it carries the CSRF token of the login form), waits for the second factor, then is active until logout, idle
-- timeout or termination by the user or an administrator.
CREATE TABLE portal_sessions (
    id TEXT PRIMARY KEY,
    user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('anonymous', 'second_factor', 'active', 'reset')),
    csrf TEXT NOT NULL,
    transaction_id TEXT,
    username TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    source_ip TEXT NOT NULL DEFAULT '',
    user_agent TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    authenticated_at INTEGER,
    last_seen_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX portal_sessions_user ON portal_sessions (user_id, state);
CREATE INDEX portal_sessions_expires ON portal_sessions (expires_at);
