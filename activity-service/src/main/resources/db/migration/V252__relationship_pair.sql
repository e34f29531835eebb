-- Relationship state per (member, counterpart), maintained in the transaction of each activity
-- insert, patch and delete (RelationshipState), so relationship reads need not aggregate a log.
-- strength_key = log2(sum of weight x 2^((occurred_at - 2020-01-01) / 30 days)): every strength
-- decays by the same factor 0.5^(dt / 30 days), so ordering by strength_key orders by strength at
-- any instant T exactly, and strength(T) = 2^(strength_key - (T - 2020-01-01) / 30 days).
CREATE TABLE relationship_pair (
    member_id       uuid        NOT NULL,
    counterpart_id  uuid        NOT NULL,
    interactions    integer     NOT NULL,
    first_at        timestamptz NOT NULL,
    last_at         timestamptz NOT NULL,
    ways            text        NOT NULL,
    given           integer     NOT NULL,
    received        integer     NOT NULL,
    given_weight    bigint      NOT NULL,
    received_weight bigint      NOT NULL,
    strength_key    float8      NOT NULL,
    PRIMARY KEY (member_id, counterpart_id)
);
-- Strongest first, and fading/dormant by last interaction: index range scans per member.
CREATE INDEX relationship_pair_strength_idx ON relationship_pair (member_id, strength_key DESC, counterpart_id);
CREATE INDEX relationship_pair_last_idx ON relationship_pair (member_id, last_at);
-- Erasure removes the erased member from everyone's pairs.
CREATE INDEX relationship_pair_counterpart_idx ON relationship_pair (counterpart_id);

-- The full recomputation from the log: the rebuild's source and the maintained state's test oracle.
CREATE VIEW relationship_pair_full AS
SELECT a.member_id, c.id AS counterpart_id, CAST(count(*) AS integer) AS interactions,
       min(a.occurred_at) AS first_at, max(a.occurred_at) AS last_at,
       string_agg(DISTINCT a.type, ',' ORDER BY a.type) AS ways,
       CAST(count(*) FILTER (WHERE a.direction <> 'RECEIVED') AS integer) AS given,
       CAST(count(*) FILTER (WHERE a.direction <> 'GIVEN') AS integer) AS received,
       coalesce(sum(a.weight) FILTER (WHERE a.direction <> 'RECEIVED'), 0) AS given_weight,
       coalesce(sum(a.weight) FILTER (WHERE a.direction <> 'GIVEN'), 0) AS received_weight,
       ln(sum(a.weight * power(CAST(2 AS float8),
           CAST(extract(epoch FROM a.occurred_at - TIMESTAMPTZ '2020-01-01 00:00:00Z') AS float8)
           / 2592000))) / ln(CAST(2 AS float8)) AS strength_key
FROM activity a CROSS JOIN LATERAL unnest(a.counterparts) AS c(id)
GROUP BY a.member_id, c.id;

-- An insert adds to its pairs: sums add, first/last widen, ways unite, strength_key adds in log space.
CREATE FUNCTION add_to_relationship_pairs(m uuid, cps uuid[], way text, dir text, w integer,
                                          t timestamptz) RETURNS void LANGUAGE sql AS $$
INSERT INTO relationship_pair AS p (member_id, counterpart_id, interactions, first_at, last_at, ways,
    given, received, given_weight, received_weight, strength_key)
SELECT m, c, 1, t, t, way,
       CASE WHEN dir <> 'RECEIVED' THEN 1 ELSE 0 END, CASE WHEN dir <> 'GIVEN' THEN 1 ELSE 0 END,
       CASE WHEN dir <> 'RECEIVED' THEN w ELSE 0 END, CASE WHEN dir <> 'GIVEN' THEN w ELSE 0 END,
       ln(CAST(w AS float8)) / ln(CAST(2 AS float8))
         + CAST(extract(epoch FROM t - TIMESTAMPTZ '2020-01-01 00:00:00Z') AS float8) / 2592000
FROM unnest(cps) AS c
ON CONFLICT (member_id, counterpart_id) DO UPDATE SET
    interactions = p.interactions + 1,
    first_at = least(p.first_at, excluded.first_at),
    last_at = greatest(p.last_at, excluded.last_at),
    ways = (SELECT string_agg(DISTINCT x, ',' ORDER BY x)
            FROM unnest(string_to_array(p.ways, ',') || excluded.ways) AS x),
    given = p.given + excluded.given,
    received = p.received + excluded.received,
    given_weight = p.given_weight + excluded.given_weight,
    received_weight = p.received_weight + excluded.received_weight,
    strength_key = greatest(p.strength_key, excluded.strength_key)
        + ln(1 + power(CAST(2 AS float8), -abs(p.strength_key - excluded.strength_key)))
          / ln(CAST(2 AS float8));
$$;

-- A patch or delete recomputes only its pairs from their history (subtracting a dominant term in
-- floating point would lose the rest); the GIN index on counterparts finds that history.
CREATE FUNCTION refresh_relationship_pairs(m uuid, cps uuid[]) RETURNS void LANGUAGE sql AS $$
DELETE FROM relationship_pair WHERE member_id = m AND counterpart_id = ANY(cps);
INSERT INTO relationship_pair (member_id, counterpart_id, interactions, first_at, last_at, ways,
    given, received, given_weight, received_weight, strength_key)
SELECT a.member_id, c.id, count(*), min(a.occurred_at), max(a.occurred_at),
       string_agg(DISTINCT a.type, ',' ORDER BY a.type),
       count(*) FILTER (WHERE a.direction <> 'RECEIVED'),
       count(*) FILTER (WHERE a.direction <> 'GIVEN'),
       coalesce(sum(a.weight) FILTER (WHERE a.direction <> 'RECEIVED'), 0),
       coalesce(sum(a.weight) FILTER (WHERE a.direction <> 'GIVEN'), 0),
       ln(sum(a.weight * power(CAST(2 AS float8),
           CAST(extract(epoch FROM a.occurred_at - TIMESTAMPTZ '2020-01-01 00:00:00Z') AS float8)
           / 2592000))) / ln(CAST(2 AS float8))
FROM activity a CROSS JOIN LATERAL unnest(a.counterparts) AS c(id)
WHERE a.member_id = m AND a.counterparts && cps AND c.id = ANY(cps)
GROUP BY a.member_id, c.id;
$$;

-- The rebuild command: SELECT rebuild_relationship_pairs(); answers the number of pairs.
CREATE FUNCTION rebuild_relationship_pairs() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    DELETE FROM relationship_pair;
    INSERT INTO relationship_pair SELECT * FROM relationship_pair_full;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END;
$$;

-- Pairs for the log that exists already.
SELECT rebuild_relationship_pairs();
