-- Change feed for other services' read models. Written in the same transaction as the change;
-- tx is that transaction's id. The feed only returns rows whose tx is older than every running
-- transaction (pg_snapshot_xmin), ordered by (tx, seq), so a change committed late by a
-- concurrent transaction is never skipped by a consumer that already moved past it.
CREATE TABLE activity_change (
    seq         bigserial    PRIMARY KEY,
    tx          xid8         NOT NULL DEFAULT pg_current_xact_id(),
    activity_id uuid         NOT NULL,
    member_id   uuid         NOT NULL,
    operation   varchar(10)  NOT NULL,
    changed_at  timestamptz  NOT NULL,
    data        jsonb
);

CREATE INDEX activity_change_tx_seq_idx ON activity_change (tx, seq);
