-- IdP signing key rotation (issue 9). A key's state replaces the `active` flag:
--   active    signs Responses and LogoutResponses; published first in the metadata
--   next      published, not signing yet: SPs that refresh the metadata learn it before the switch
--   previous  published, no longer signing: signatures made just before the switch (or by a node whose short
--             cache has not seen it yet) still verify until an administrator retires it
--   retired   not published; the row stays (the certificate, for the record of which key signed what) but its
--             sealed private key is erased, so nothing can sign with it again
ALTER TABLE saml_idp_keys ADD COLUMN state TEXT NOT NULL DEFAULT 'previous'
    CHECK (state IN ('active', 'next', 'previous', 'retired'));
ALTER TABLE saml_idp_keys ADD COLUMN activated_at BIGINT;
ALTER TABLE saml_idp_keys ADD COLUMN retired_at BIGINT;

-- The old schema never cleared `active`, but nodes starting together could each insert a key. The one every node
-- settled on (newest first) stays active; the others stay published as previous keys.
UPDATE saml_idp_keys SET state = 'retired', private_key = '', retired_at = created_at WHERE active = FALSE;
UPDATE saml_idp_keys SET state = 'active', activated_at = created_at
    WHERE id = (SELECT id FROM saml_idp_keys WHERE active = TRUE ORDER BY created_at DESC, id LIMIT 1);
ALTER TABLE saml_idp_keys DROP COLUMN active;

-- At most one active and one next key, enforced by the database: two nodes (or two administrators) cannot both
-- activate or both prepare a key.
CREATE UNIQUE INDEX saml_idp_keys_one_active ON saml_idp_keys (state) WHERE state = 'active';
CREATE UNIQUE INDEX saml_idp_keys_one_next ON saml_idp_keys (state) WHERE state = 'next';
