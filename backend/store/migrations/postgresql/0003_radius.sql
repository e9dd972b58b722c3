-- RADIUS (PostgreSQL). Clients (NAS) are matched by source address or network; their shared secret is sealed with
-- the master key (AES-256-GCM, associated data "radius_clients.secret:<id>"), so it is written after the row
-- exists. A client may name the radius application profile its users log in with.
CREATE TABLE radius_clients (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL UNIQUE,
    secret TEXT NOT NULL DEFAULT '',
    require_message_authenticator BOOLEAN NOT NULL DEFAULT TRUE,
    application_id BIGINT REFERENCES applications (id) ON DELETE SET NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- What a radius application profile adds to the pipeline's answer: the password+OTP split (0: ask for the code
-- with Access-Challenge) and the reply attributes, a JSON array of {"attribute", "value"} in reply order.
CREATE TABLE radius_profiles (
    application_id BIGINT PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    appended_otp_length INTEGER NOT NULL DEFAULT 0,
    reply_attributes TEXT NOT NULL DEFAULT '[]'
);
