-- Two-sided relationships: what one member does reaches the other.

-- Senders are shown by name: MEMBER UPSERTs of the member-changes feed carry the display name.
ALTER TABLE known_member ADD COLUMN display_name text;
-- The copy reads the member feed once more from its start, to learn the names of the members it
-- knows already (every change is applied idempotently; erasures stay erased). Connection changes
-- from before the inbox existed put nothing in an inbox (inbox_start), so the replay floods none.
UPDATE feed_position SET cursor = NULL, caught_up = false WHERE feed = 'member-changes';
CREATE TABLE inbox_start (started_at timestamptz NOT NULL);
INSERT INTO inbox_start VALUES (now());

-- Responses (THANKS, REPLY) of the members a knowledge share or contribution is addressed to.
-- author_id and way copy the activity's member and type, so relationship state reads a response
-- without a join. They go with their activity.
CREATE TABLE activity_response (
    id          uuid        PRIMARY KEY,
    activity_id uuid        NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    member_id   uuid        NOT NULL,
    author_id   uuid        NOT NULL,
    way         varchar(20) NOT NULL,
    kind        varchar(10) NOT NULL,
    text        text,
    weight      integer     NOT NULL CHECK (weight BETWEEN 1 AND 12),
    created_at  timestamptz NOT NULL
);
CREATE INDEX activity_response_activity_idx ON activity_response (activity_id, created_at, id);
CREATE INDEX activity_response_member_idx ON activity_response (member_id, author_id);
CREATE INDEX activity_response_author_idx ON activity_response (author_id, member_id);
-- One THANKS per member and activity; replies are unlimited.
CREATE UNIQUE INDEX activity_response_thanks_idx ON activity_response (activity_id, member_id)
    WHERE kind = 'THANKS';

-- Each member's inbox, written in the transaction of what puts an item there: a share or
-- contribution addressed to them, a response to their activity, a connection request received or
-- accepted. source_id is the activity, response or connection the item is about (one item per
-- member, kind and source, so replays add nothing); activity_id the activity it shows.
CREATE TABLE inbox_item (
    id          uuid        PRIMARY KEY,
    member_id   uuid        NOT NULL,
    kind        varchar(30) NOT NULL,
    sender_id   uuid        NOT NULL,
    source_id   uuid        NOT NULL,
    activity_id uuid,
    arrived_at  timestamptz NOT NULL,
    read_at     timestamptz,
    UNIQUE (member_id, kind, source_id)
);
-- Pages newest first, all or unread only; the summary counts the unread ones.
CREATE INDEX inbox_item_member_idx ON inbox_item (member_id, arrived_at DESC, id DESC);
CREATE INDEX inbox_item_unread_idx ON inbox_item (member_id, arrived_at DESC, id DESC)
    WHERE read_at IS NULL;
-- A deleted activity's items; an erased sender's items.
CREATE INDEX inbox_item_activity_idx ON inbox_item (activity_id) WHERE activity_id IS NOT NULL;
CREATE INDEX inbox_item_sender_idx ON inbox_item (sender_id);

-- A response counts as an interaction in both members' relationships: GIVEN in the responder's
-- pair with the author, RECEIVED in the author's pair with the responder, at the time it was made.
-- Every interaction a pair is built from, the log's and the responses':
CREATE VIEW relationship_interaction AS
SELECT a.member_id, c.id AS counterpart_id, a.type AS way, a.direction, a.weight, a.occurred_at
FROM activity a CROSS JOIN LATERAL unnest(a.counterparts) AS c(id)
UNION ALL
SELECT r.member_id, r.author_id, r.way, CAST('GIVEN' AS varchar(10)), r.weight, r.created_at
FROM activity_response r
UNION ALL
SELECT r.author_id, r.member_id, r.way, CAST('RECEIVED' AS varchar(10)), r.weight, r.created_at
FROM activity_response r;

DROP VIEW relationship_pair_full;
CREATE VIEW relationship_pair_full AS
SELECT i.member_id, i.counterpart_id, CAST(count(*) AS integer) AS interactions,
       min(i.occurred_at) AS first_at, max(i.occurred_at) AS last_at,
       string_agg(DISTINCT i.way, ',' ORDER BY i.way) AS ways,
       CAST(count(*) FILTER (WHERE i.direction <> 'RECEIVED') AS integer) AS given,
       CAST(count(*) FILTER (WHERE i.direction <> 'GIVEN') AS integer) AS received,
       coalesce(sum(i.weight) FILTER (WHERE i.direction <> 'RECEIVED'), 0) AS given_weight,
       coalesce(sum(i.weight) FILTER (WHERE i.direction <> 'GIVEN'), 0) AS received_weight,
       ln(sum(i.weight * power(CAST(2 AS float8),
           CAST(extract(epoch FROM i.occurred_at - TIMESTAMPTZ '2020-01-01 00:00:00Z') AS float8)
           / 2592000))) / ln(CAST(2 AS float8)) AS strength_key
FROM relationship_interaction i
GROUP BY i.member_id, i.counterpart_id;

-- A patch, delete or removed response recomputes only its pairs, from the three sources each by
-- its own index (the GIN index on counterparts, the response pair indexes).
CREATE OR REPLACE FUNCTION refresh_relationship_pairs(m uuid, cps uuid[]) RETURNS void
LANGUAGE sql AS $$
DELETE FROM relationship_pair WHERE member_id = m AND counterpart_id = ANY(cps);
INSERT INTO relationship_pair (member_id, counterpart_id, interactions, first_at, last_at, ways,
    given, received, given_weight, received_weight, strength_key)
SELECT m, i.counterpart_id, count(*), min(i.occurred_at), max(i.occurred_at),
       string_agg(DISTINCT i.way, ',' ORDER BY i.way),
       count(*) FILTER (WHERE i.direction <> 'RECEIVED'),
       count(*) FILTER (WHERE i.direction <> 'GIVEN'),
       coalesce(sum(i.weight) FILTER (WHERE i.direction <> 'RECEIVED'), 0),
       coalesce(sum(i.weight) FILTER (WHERE i.direction <> 'GIVEN'), 0),
       ln(sum(i.weight * power(CAST(2 AS float8),
           CAST(extract(epoch FROM i.occurred_at - TIMESTAMPTZ '2020-01-01 00:00:00Z') AS float8)
           / 2592000))) / ln(CAST(2 AS float8))
FROM (
    SELECT c.id AS counterpart_id, a.type AS way, a.direction, a.weight, a.occurred_at
    FROM activity a CROSS JOIN LATERAL unnest(a.counterparts) AS c(id)
    WHERE a.member_id = m AND a.counterparts && cps AND c.id = ANY(cps)
    UNION ALL
    SELECT r.author_id, r.way, 'GIVEN', r.weight, r.created_at
    FROM activity_response r WHERE r.member_id = m AND r.author_id = ANY(cps)
    UNION ALL
    SELECT r.member_id, r.way, 'RECEIVED', r.weight, r.created_at
    FROM activity_response r WHERE r.author_id = m AND r.member_id = ANY(cps)
) i
GROUP BY i.counterpart_id;
$$;
