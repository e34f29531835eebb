-- A member's stay-in-touch cadence with a counterpart. Due every_days after the later of the
-- last logged interaction and when the cadence was set, so any interaction resets it.
CREATE TABLE relationship_cadence (
    member_id      uuid        NOT NULL,
    counterpart_id uuid        NOT NULL,
    every_days     integer     NOT NULL CHECK (every_days BETWEEN 1 AND 365),
    set_at         timestamptz NOT NULL,
    PRIMARY KEY (member_id, counterpart_id)
);
