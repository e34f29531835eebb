-- Weekly rollups per member, maintained in the transaction of each activity write (WeeklyRollups):
-- per ISO week (Monday 00:00 UTC), type and kind: activities, weight, and the hours contributed
-- (CONTRIBUTION, not RECEIVED; hours_rows counts the rows that had hours). The summary for any
-- window reads the whole weeks here and the partial first week from the log; the streak reads
-- the weeks here.
CREATE TABLE member_week (
    member_id   uuid        NOT NULL,
    week        timestamp   NOT NULL,
    type        varchar(20) NOT NULL,
    kind        varchar(20) NOT NULL,
    activities  integer     NOT NULL,
    weight      bigint      NOT NULL,
    hours_given numeric     NOT NULL DEFAULT 0,
    hours_rows  integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (member_id, week, type, kind)
);

-- The full recomputation: the rebuild's source and the test oracle.
CREATE VIEW member_week_full AS
SELECT member_id, date_trunc('week', occurred_at AT TIME ZONE 'UTC') AS week, type, kind,
       CAST(count(*) AS integer) AS activities, sum(weight) AS weight,
       coalesce(sum(hours) FILTER (WHERE type = 'CONTRIBUTION' AND direction <> 'RECEIVED'), 0)
           AS hours_given,
       CAST(count(hours) FILTER (WHERE type = 'CONTRIBUTION' AND direction <> 'RECEIVED')
           AS integer) AS hours_rows
FROM activity
GROUP BY member_id, date_trunc('week', occurred_at AT TIME ZONE 'UTC'), type, kind;

-- Adds (sign 1) or takes away (sign -1) one activity; a group left empty is removed.
CREATE FUNCTION bump_member_week(m uuid, t timestamptz, typ text, knd text, w integer,
                                 hrs numeric, dir text, sign integer) RETURNS void
LANGUAGE sql AS $$
INSERT INTO member_week AS p (member_id, week, type, kind, activities, weight, hours_given, hours_rows)
VALUES (m, date_trunc('week', t AT TIME ZONE 'UTC'), typ, knd, sign, sign * w,
        CASE WHEN typ = 'CONTRIBUTION' AND dir <> 'RECEIVED' AND hrs IS NOT NULL THEN sign * hrs ELSE 0 END,
        CASE WHEN typ = 'CONTRIBUTION' AND dir <> 'RECEIVED' AND hrs IS NOT NULL THEN sign ELSE 0 END)
ON CONFLICT (member_id, week, type, kind) DO UPDATE SET
    activities = p.activities + excluded.activities,
    weight = p.weight + excluded.weight,
    hours_given = p.hours_given + excluded.hours_given,
    hours_rows = p.hours_rows + excluded.hours_rows;
DELETE FROM member_week
WHERE member_id = m AND week = date_trunc('week', t AT TIME ZONE 'UTC') AND type = typ
  AND kind = knd AND activities = 0;
$$;

-- The rebuild command: SELECT rebuild_member_weeks(); answers the number of rows.
CREATE FUNCTION rebuild_member_weeks() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    DELETE FROM member_week;
    INSERT INTO member_week SELECT * FROM member_week_full;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END;
$$;

SELECT rebuild_member_weeks();
