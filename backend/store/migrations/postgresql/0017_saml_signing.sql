-- Per-SP signature choices: whether the SP's requests may be signed with SHA-1 (RSA-SHA1 redirect signatures,
-- SHA-1 digests), what the IdP signs in its Response (assertion, response or both) and with which algorithm.
ALTER TABLE service_providers ADD COLUMN allow_sha1_signatures BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE service_providers ADD COLUMN response_signing TEXT NOT NULL DEFAULT 'assertion';
ALTER TABLE service_providers ADD COLUMN signature_algorithm TEXT NOT NULL DEFAULT 'rsa-sha256';
