-- Initial schema (SQLite). Timestamps are Unix epoch seconds (INTEGER) in both dialects so the
-- repository code is the same; usernames are unique case-insensitively through a *_key column
-- holding the lower-cased name.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE admins (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL,
    username_key TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    must_change_password BOOLEAN NOT NULL DEFAULT TRUE,
    totp_secret TEXT,
    totp_pending_secret TEXT,
    totp_last_step INTEGER,
    otp_exempt BOOLEAN NOT NULL DEFAULT FALSE,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    last_login_at INTEGER
);

CREATE TABLE api_clients (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL CHECK (type IN ('agent', 'user')),
    name TEXT NOT NULL,
    client_id TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    last_used_at INTEGER
);

-- Bearer and refresh tokens, stored as SHA-256 digests (hex) of 256-bit random values.
CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    subject_type TEXT NOT NULL CHECK (subject_type IN ('admin', 'api_client')),
    subject_id INTEGER NOT NULL,
    scope TEXT NOT NULL,
    family TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX tokens_subject ON tokens (subject_type, subject_id);
CREATE INDEX tokens_family ON tokens (family);
CREATE INDEX tokens_expires ON tokens (expires_at);

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL,
    username_key TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    password_hash TEXT,
    must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    expires_at INTEGER,
    framed_ip TEXT NOT NULL DEFAULT '',
    sponsor_name TEXT NOT NULL DEFAULT '',
    sponsor_email TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX users_email ON users (email);
CREATE INDEX users_created ON users (created_at);

-- Application profiles: which factors a kind of login (registration portal, RADIUS, SAML, API) allows.
CREATE TABLE applications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('registration', 'radius', 'saml', 'api')),
    allowed_factors TEXT NOT NULL,
    password_required BOOLEAN NOT NULL DEFAULT TRUE,
    second_factor_required BOOLEAN NOT NULL DEFAULT TRUE,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE factors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type TEXT NOT NULL CHECK (type IN ('totp', 'hotp', 'sms', 'email', 'webauthn', 'push')),
    label TEXT NOT NULL DEFAULT '',
    verified BOOLEAN NOT NULL DEFAULT TRUE,
    secret TEXT,
    algorithm TEXT NOT NULL DEFAULT 'SHA1',
    digits INTEGER NOT NULL DEFAULT 6,
    period INTEGER NOT NULL DEFAULT 30,
    counter INTEGER NOT NULL DEFAULT 0,
    resync_counter INTEGER,
    last_step INTEGER,
    destination TEXT NOT NULL DEFAULT '',
    serial TEXT,
    credential_id TEXT,
    public_key TEXT,
    sign_count INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER
);
CREATE INDEX factors_user ON factors (user_id);
CREATE UNIQUE INDEX factors_serial ON factors (serial) WHERE serial IS NOT NULL;
CREATE UNIQUE INDEX factors_credential ON factors (credential_id) WHERE credential_id IS NOT NULL;

CREATE TABLE devices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    factor_id INTEGER REFERENCES factors (id) ON DELETE SET NULL,
    label TEXT NOT NULL DEFAULT '',
    platform TEXT NOT NULL DEFAULT '',
    verified BOOLEAN NOT NULL DEFAULT FALSE,
    enrollment_token_hash TEXT UNIQUE,
    enrollment_expires_at INTEGER,
    scanned_at INTEGER,
    public_key TEXT,
    push_token TEXT,
    pin_required BOOLEAN NOT NULL DEFAULT FALSE,
    biometric_required BOOLEAN NOT NULL DEFAULT FALSE,
    config_version INTEGER NOT NULL DEFAULT 0,
    delivered_config_version INTEGER NOT NULL DEFAULT 0,
    last_sync_at INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX devices_user ON devices (user_id);

-- Nonces of signed device requests, kept for the replay window (timestamp + nonce, DESIGN §5).
CREATE TABLE device_nonces (
    device_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    nonce TEXT NOT NULL,
    seen_at INTEGER NOT NULL,
    PRIMARY KEY (device_id, nonce)
);
CREATE INDEX device_nonces_seen ON device_nonces (seen_at);

-- Multi-step logins (RADIUS State, portal session, REST transaction_id): the opaque id's SHA-256 is the key.
CREATE TABLE auth_transactions (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id INTEGER REFERENCES applications (id) ON DELETE SET NULL,
    channel TEXT NOT NULL,
    client TEXT NOT NULL DEFAULT '',
    source_ip TEXT NOT NULL DEFAULT '',
    factors TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'denied', 'completed', 'expired')),
    code_factor_id INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX auth_transactions_expires ON auth_transactions (expires_at);

-- SMS and e-mail one-time codes: stored as SHA-256 of (factor id, code), single use, short-lived.
CREATE TABLE otp_deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    factor_id INTEGER NOT NULL REFERENCES factors (id) ON DELETE CASCADE,
    transaction_id TEXT,
    code_hash TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX otp_deliveries_factor ON otp_deliveries (factor_id, created_at);

-- Push approvals and QR logins answered by the authenticator app.
CREATE TABLE push_challenges (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id INTEGER REFERENCES devices (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
    transaction_id TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('push', 'qr_login')),
    challenge TEXT NOT NULL UNIQUE,
    number_match TEXT NOT NULL DEFAULT '',
    context TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'denied', 'reported', 'expired', 'completed')),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    answered_at INTEGER
);
CREATE INDEX push_challenges_device ON push_challenges (device_id, status);
CREATE INDEX push_challenges_transaction ON push_challenges (transaction_id);

-- Failures per username in the current window; updated by atomic upserts so that all nodes agree.
CREATE TABLE failed_attempts (
    username_key TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    window_started_at INTEGER NOT NULL,
    last_failure_at INTEGER NOT NULL
);

-- Failures per source address, to throttle one place guessing many accounts (see security_settings).
CREATE TABLE source_failures (
    source_ip TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    window_started_at INTEGER NOT NULL
);

CREATE TABLE blocks (
    username_key TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    reason TEXT NOT NULL,
    blocked_at INTEGER NOT NULL,
    expires_at INTEGER,
    blocked_by TEXT NOT NULL DEFAULT 'system'
);

CREATE TABLE security_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    failed_attempt_limit INTEGER NOT NULL,
    window_seconds INTEGER NOT NULL,
    block_seconds INTEGER NOT NULL,
    permanent_block BOOLEAN NOT NULL,
    source_failure_limit INTEGER NOT NULL,
    source_window_seconds INTEGER NOT NULL,
    password_min_length INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL
);
INSERT INTO security_settings (id, failed_attempt_limit, window_seconds, block_seconds, permanent_block,
    source_failure_limit, source_window_seconds, password_min_length, updated_at)
VALUES (1, 5, 300, 900, FALSE, 100, 60, 12, 0);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    channel TEXT NOT NULL,
    event TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    username TEXT NOT NULL DEFAULT '',
    client TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    source_ip TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_username ON audit_log (username);
CREATE INDEX audit_log_actor ON audit_log (actor);
CREATE INDEX audit_log_event ON audit_log (event);
