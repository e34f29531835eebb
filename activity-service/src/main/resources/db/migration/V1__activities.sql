-- The log of what members do. Type-specific fields are plain nullable columns; the service
-- validates which ones each type needs. counterparts holds every member involved (beneficiaries,
-- participants, recipients or companions), so relationships aggregate one column.
CREATE TABLE activity (
    id             uuid         PRIMARY KEY,
    member_id      uuid         NOT NULL,
    type           varchar(20)  NOT NULL,
    kind           varchar(20)  NOT NULL,
    weight         integer      NOT NULL CHECK (weight BETWEEN 1 AND 12),
    occurred_at    timestamptz  NOT NULL,
    topics         text[]       NOT NULL DEFAULT '{}',
    counterparts   uuid[]       NOT NULL DEFAULT '{}',
    direction      varchar(10)  NOT NULL,
    visibility     varchar(12)  NOT NULL,
    community      varchar(200),
    hours          numeric(5,2),
    description    text,
    catalog_id     uuid,
    url            varchar(2048),
    title          varchar(300),
    takeaway       text,
    why_it_matters text,
    channel        varchar(10),
    percent        integer,
    insight        text,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    version        bigint       NOT NULL DEFAULT 0
);

-- A member's log, newest first: member lists, summary, relationships, streaks, nudges.
CREATE INDEX activity_member_occurred_idx ON activity (member_id, occurred_at DESC, id DESC);
-- The feed across members (no memberId filter), newest first.
CREATE INDEX activity_occurred_idx ON activity (occurred_at DESC, id DESC);
-- A member's log of one type (summary per type, learning and sharing nudges).
CREATE INDEX activity_member_type_occurred_idx ON activity (member_id, type, occurred_at DESC, id DESC);
-- topic= and counterpart= filters (array containment).
CREATE INDEX activity_topics_idx ON activity USING gin (topics);
CREATE INDEX activity_counterparts_idx ON activity USING gin (counterparts);

-- Idempotency-Key of POST /api/v1/activities: the first request with a key claims it (the unique
-- index serialises racing requests), later ones replay its response.
CREATE TABLE idempotency_key (
    member_id     uuid         NOT NULL,
    key           varchar(200) NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    activity_id   uuid,
    response      text,
    created_at    timestamptz  NOT NULL,
    PRIMARY KEY (member_id, key)
);
