-- Registration portal sessions (browser cookies). The cookie's SHA-256 is the key; a session starts anonymous
-- (it carries the CSRF token of the login form), waits for the second factor, then is active until logout, idle
-- timeout or termination by the user or an administrator.
CREATE TABLE portal_sessions (
    id TEXT PRIMARY KEY,
    user_id BIGINT REFERENCES users (id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('anonymous', 'second_factor', 'active', 'reset')),
    csrf TEXT NOT NULL,
    transaction_id TEXT,
    username TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    source_ip TEXT NOT NULL DEFAULT '',
    user_agent TEXT NOT NULL DEFAULT '',
    webauthn_challenge TEXT,
    created_at BIGINT NOT NULL,
    authenticated_at BIGINT,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX portal_sessions_user ON portal_sessions (user_id, state);
CREATE INDEX portal_sessions_expires ON portal_sessions (expires_at);

-- WebAuthn (FIDO2) credentials: a security key or passkey registered in the portal. Each is also a factor of type
-- webauthn (so application profiles allow it like any other); the signature counter only grows.
CREATE TABLE webauthn_credentials (
    id BIGSERIAL PRIMARY KEY,
    factor_id BIGINT NOT NULL UNIQUE REFERENCES factors (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id TEXT NOT NULL UNIQUE,
    public_key TEXT NOT NULL,
    algorithm INTEGER NOT NULL,
    sign_count BIGINT NOT NULL,
    format TEXT NOT NULL,
    aaguid TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX webauthn_credentials_user ON webauthn_credentials (user_id);
