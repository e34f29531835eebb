-- Members erased in profile-service (a MEMBER DELETE on member-changes). Every later or replayed
-- change naming one of them is ignored, and their tokens are refused (TokenRevocations).
CREATE TABLE erased_member (
    member_id uuid PRIMARY KEY,
    erased_at timestamptz NOT NULL
);
