-- Service providers are changed with If-Match like every other administration resource: a version that each change
-- increments, answered as the ETag, so two administrators editing one SP cannot overwrite each other unseen.
ALTER TABLE service_providers ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
