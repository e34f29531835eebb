-- Live inbox events (GET /api/v1/members/{id}/events): each item's place in commit order, read the
-- way the change feeds are read (common's ChangeTable): only items of transactions older than every
-- one still running, in (tx, seq) order, so a stream resumed after the last event it sent misses
-- nothing that commits later at a lower place.
ALTER TABLE inbox_item ADD COLUMN seq bigserial;
ALTER TABLE inbox_item ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX inbox_item_stream_idx ON inbox_item (member_id, tx, seq);
