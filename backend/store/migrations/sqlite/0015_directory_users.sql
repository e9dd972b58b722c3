-- Directory users: a user of a directory gets a local record (a "shadow") on first sight, carrying its factors,
-- devices, security keys, blocks, lockout counters, sessions and license usage. It is found again by the directory's
-- unique id (objectGUID, entryUUID), so a user renamed in the directory keeps all of it; username is the canonical
-- username (the directory's first login attribute). NULL directory_id: a local user. A directory that still has
-- users cannot be deleted (the REST API refuses it, naming how many).
ALTER TABLE users ADD COLUMN directory_id INTEGER REFERENCES directories (id);
ALTER TABLE users ADD COLUMN directory_unique_id TEXT;
CREATE UNIQUE INDEX users_directory_unique_id ON users (directory_id, directory_unique_id);
