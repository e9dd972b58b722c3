-- SAML SSO with per-application factors and single logout propagation.

-- The application profile (of type saml) whose factors an SP's sign-in needs; NULL: the only enabled saml
-- profile, else the registration profile.
ALTER TABLE service_providers ADD COLUMN application_id BIGINT REFERENCES applications (id) ON DELETE SET NULL;
-- The SP's front-channel SingleLogoutService: binding (HTTP-Redirect or HTTP-POST) and where LogoutResponses go
-- when its metadata names a ResponseLocation.
ALTER TABLE service_providers ADD COLUMN slo_binding TEXT NOT NULL DEFAULT '';
ALTER TABLE service_providers ADD COLUMN slo_response_url TEXT NOT NULL DEFAULT '';
-- Its SOAP SingleLogoutService (back channel), told when a session ends without the user's browser (an
-- administrator or the user elsewhere ends it).
ALTER TABLE service_providers ADD COLUMN slo_soap_url TEXT NOT NULL DEFAULT '';

-- The IdP entityID a participant's assertion was issued under (the Issuer a later LogoutRequest must carry).
ALTER TABLE sso_session_providers ADD COLUMN idp_entity_id TEXT NOT NULL DEFAULT '';

-- How a portal session was signed in ("password,totp"), and the application profile the sign-in under way must
-- satisfy (a SAML sign-in for an SP with its own profile; NULL: the registration profile).
ALTER TABLE portal_sessions ADD COLUMN auth_methods TEXT NOT NULL DEFAULT '';
ALTER TABLE portal_sessions ADD COLUMN login_application_id BIGINT;

-- ForceAuthn / IsPassive of a waiting AuthnRequest, and the NameID format the SP asked for.
ALTER TABLE saml_pending_requests ADD COLUMN force_authn BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE saml_pending_requests ADD COLUMN is_passive BOOLEAN NOT NULL DEFAULT FALSE;

-- A single logout under way in a browser (front channel): the SSO session is already ended; the browser visits
-- each of its other SPs in turn with a LogoutRequest (RelayState = this id) and comes back with their
-- LogoutResponse. origin_sp_id is the SP that asked (SP-initiated; it gets the final LogoutResponse), NULL when
-- the user signed out at the IdP.
CREATE TABLE saml_logouts (
    id TEXT PRIMARY KEY,
    user_id BIGINT REFERENCES users (id) ON DELETE CASCADE,
    username TEXT NOT NULL DEFAULT '',
    origin_sp_id BIGINT REFERENCES service_providers (id) ON DELETE CASCADE,
    origin_request_id TEXT NOT NULL DEFAULT '',
    origin_relay_state TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX saml_logouts_expires ON saml_logouts (expires_at);

CREATE TABLE saml_logout_steps (
    logout_id TEXT NOT NULL REFERENCES saml_logouts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sp_id BIGINT NOT NULL REFERENCES service_providers (id) ON DELETE CASCADE,
    name_id TEXT NOT NULL,
    session_index TEXT NOT NULL,
    request_id TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'done', 'failed')),
    PRIMARY KEY (logout_id, position)
);
