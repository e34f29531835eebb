-- Candidate generation reads who engaged with an item, and what a member engaged with, from these
-- indexes alone (index-only scans), instead of visiting engagement rows scattered over the table.
CREATE INDEX engagement_item_member_idx ON engagement (item_type, item_id) INCLUDE (member_id, action);
CREATE INDEX engagement_member_item_idx ON engagement (member_id, item_type) INCLUDE (item_id, action);
