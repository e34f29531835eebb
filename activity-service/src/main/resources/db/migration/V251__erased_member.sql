-- Members erased in profile-service (a MEMBER DELETE in member-changes). Everything about them was
-- removed when the erasure was applied; the id stays so that no later or replayed change brings them
-- back, and so that their tokens are refused (TokenRevocations).
CREATE TABLE erased_member (
    member_id uuid        PRIMARY KEY,
    erased_at timestamptz NOT NULL
);

-- An erasure prunes the feed's earlier snapshots of the member's activities and of the activities
-- that named the member, so the feed keeps nothing about them.
CREATE INDEX activity_change_activity_idx ON activity_change (activity_id);
-- Other members' cadences with an erased member go too.
CREATE INDEX relationship_cadence_counterpart_idx ON relationship_cadence (counterpart_id);
