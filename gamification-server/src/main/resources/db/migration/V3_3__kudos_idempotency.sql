-- Kudos are idempotent the way shares are: the first answer to (giver, client key) is kept with a
-- fingerprint of the request, in the kudos row itself (written in the same transaction). A retry with
-- the same key and body replays that answer; the same key with another body is refused. Seeded kudos
-- (the demo's) have neither: no client will ever retry them.
ALTER TABLE kudos ADD COLUMN request_hash text;
ALTER TABLE kudos ADD COLUMN response_body jsonb;
