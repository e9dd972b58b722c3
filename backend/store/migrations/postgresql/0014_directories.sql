-- Directories (LDAP, Active Directory) whose users may sign in. Lists and maps are JSON text: urls and
-- login_attributes and group_dns are arrays of strings, attributes an object of our field names to arrays of directory
-- attribute names. The service account's password is sealed with the master key (AES-256-GCM, associated data
-- "directories.bind_password:<id>"), so it is written after the row exists; '' when there is none.
CREATE TABLE directories (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    urls TEXT NOT NULL,
    start_tls BOOLEAN NOT NULL DEFAULT FALSE,
    ca_pem TEXT NOT NULL DEFAULT '',
    bind_dn TEXT NOT NULL DEFAULT '',
    bind_password TEXT NOT NULL DEFAULT '',
    base_dn TEXT NOT NULL,
    user_filter TEXT NOT NULL DEFAULT '',
    login_attributes TEXT NOT NULL,
    attributes TEXT NOT NULL,
    unique_id_attribute TEXT NOT NULL,
    group_dns TEXT NOT NULL DEFAULT '[]',
    nested_groups BOOLEAN NOT NULL DEFAULT TRUE,
    priority INTEGER NOT NULL DEFAULT 100,
    timeout_seconds INTEGER NOT NULL DEFAULT 5,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
