-- "First in the company to share an item" decided exactly under concurrency: the share transaction
-- inserts here only when no earlier share of the item exists, and the key lets one of two racing first
-- shares win (the other waits for it and then finds the row). Items shared before this table existed
-- are recognised by their earlier shares, so they need no rows here.
CREATE TABLE content_first_share (
  content_id  bigint PRIMARY KEY REFERENCES content (id),
  share_id    bigint NOT NULL REFERENCES share (id)
);
