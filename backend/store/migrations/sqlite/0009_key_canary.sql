-- The sealed canary (issue 16): a constant sealed under the master key, written at the first start with this
-- schema. A server opens it before anything else, so a master.key that is not this database's is refused before it
-- seals a single new secret.
CREATE TABLE key_canary (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key_id TEXT NOT NULL,
    sealed TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
