-- SAML 2.0 identity provider. The IdP's signing keys: RSA-2048 with a self-signed certificate; the private key is
-- sealed under the master key (AAD "saml_idp_keys.private_key:<id>").
CREATE TABLE saml_idp_keys (
    id TEXT PRIMARY KEY,
    certificate TEXT NOT NULL,
    private_key TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at BIGINT NOT NULL
);

-- Service providers, created from their metadata XML (kept as sent) and what was read from it.
CREATE TABLE service_providers (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    entity_id TEXT NOT NULL UNIQUE,
    metadata TEXT NOT NULL,
    acs TEXT NOT NULL,
    slo_url TEXT NOT NULL DEFAULT '',
    certificate TEXT NOT NULL DEFAULT '',
    authn_requests_signed BOOLEAN NOT NULL DEFAULT FALSE,
    name_id_format TEXT NOT NULL,
    name_id_attribute TEXT NOT NULL,
    attributes TEXT NOT NULL DEFAULT '',
    idp_initiated BOOLEAN NOT NULL DEFAULT FALSE,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- AuthnRequest IDs already answered (per SP), kept until the request would be stale anyway: a replay is refused.
CREATE TABLE saml_seen_requests (
    sp_id BIGINT NOT NULL REFERENCES service_providers (id) ON DELETE CASCADE,
    request_id TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (sp_id, request_id)
);
CREATE INDEX saml_seen_requests_expires ON saml_seen_requests (expires_at);

-- An accepted AuthnRequest waiting for the portal login to finish.
CREATE TABLE saml_pending_requests (
    id TEXT PRIMARY KEY,
    sp_id BIGINT NOT NULL REFERENCES service_providers (id) ON DELETE CASCADE,
    request_id TEXT NOT NULL,
    acs_url TEXT NOT NULL,
    relay_state TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- Where the portal continues after a sign-in (a pending SAML request) instead of the home page, and whether the
-- sign-in took a second factor (the SAML AuthnContextClassRef says so).
ALTER TABLE portal_sessions ADD COLUMN continue_to TEXT NOT NULL DEFAULT '';
ALTER TABLE portal_sessions ADD COLUMN second_factor BOOLEAN NOT NULL DEFAULT FALSE;

-- SSO sessions: one per browser (its portal session) once it signed into an SP, with the SPs it signed into.
-- Ending one ends the portal session too, so the next AuthnRequest needs a new sign-in.
CREATE TABLE sso_sessions (
    id TEXT PRIMARY KEY,
    portal_session_id TEXT NOT NULL UNIQUE REFERENCES portal_sessions (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    username TEXT NOT NULL,
    source_ip TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sso_sessions_user ON sso_sessions (user_id);

CREATE TABLE sso_session_providers (
    sso_session_id TEXT NOT NULL REFERENCES sso_sessions (id) ON DELETE CASCADE,
    sp_id BIGINT NOT NULL REFERENCES service_providers (id) ON DELETE CASCADE,
    name_id TEXT NOT NULL,
    session_index TEXT NOT NULL,
    signed_in_at BIGINT NOT NULL,
    PRIMARY KEY (sso_session_id, sp_id)
);
