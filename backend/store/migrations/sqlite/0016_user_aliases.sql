-- User aliases (issue 21): other login names of a local user, with which every channel signs the user in with the
-- user's own factors, password, lockout and blocks. An alias is unique among usernames and aliases without regard to
-- case (alias_key, the lower-cased alias; the server checks usernames and aliases against each other).
CREATE TABLE user_aliases (
    alias_key TEXT PRIMARY KEY,
    alias TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);
CREATE INDEX user_aliases_user_id ON user_aliases (user_id);
