-- Seeds 100,000 members with positionings and ~300,000 connections into a database migrated by
-- Flyway (V1, V2), for the EXPLAIN plans in profile-explain.md. Takes about a minute.
INSERT INTO member (id, display_name, headline, created_at, updated_at)
SELECT md5('m' || i)::uuid, 'Member ' || i || ' ' || substr(md5('n' || i), 1, 6),
       'Headline ' || (i % 500), now(), now()
FROM generate_series(1, 100000) AS i;

INSERT INTO positioning (member_id, statement, goals, skills, interests, organizations, communities,
                         education, updated_at, skills_visibility, statement_visibility)
SELECT md5('m' || i)::uuid,
       'I work on topic' || (i % 3000) || ' and topic' || (i % 1700),
       jsonb_build_array(jsonb_build_object('goal',
           (ARRAY['EXPAND_PEER_NETWORK','FIND_CLIENTS','FIND_JOB','BECOME_KNOWN_EXPERT','RECONNECT'])[1 + i % 5],
           'topic', 'Topic' || (i % 3000))),
       jsonb_build_array(jsonb_build_object('name', 'Skill ' || (i % 2000), 'level', 'EXPERT'),
                         jsonb_build_object('name', 'Skill ' || ((i * 7) % 2000), 'level', 'BEGINNER')),
       jsonb_build_array('Topic' || (i % 3000), 'Skill ' || ((i * 13) % 2000)),
       jsonb_build_array(jsonb_build_object('name', 'Org ' || (i % 5000), 'current', i % 2 = 0)),
       jsonb_build_array('Community ' || (i % 800)),
       jsonb_build_array(jsonb_build_object('school', 'School ' || (i % 1000))),
       now(),
       (ARRAY['PUBLIC','CONNECTIONS','PRIVATE'])[1 + i % 3],
       'PUBLIC'
FROM generate_series(1, 100000) AS i;

INSERT INTO connection (id, requester_id, addressee_id, status, context, created_at, updated_at)
SELECT md5('c' || i || '-' || k)::uuid, md5('m' || i)::uuid, md5('m' || (1 + (i + k * 7919) % 100000))::uuid,
       (ARRAY['ACCEPTED','ACCEPTED','PENDING','DECLINED'])[1 + (i + k) % 4], 'PEER', now(), now()
FROM generate_series(1, 100000) AS i, generate_series(1, 3) AS k
ON CONFLICT DO NOTHING;

INSERT INTO member_change (entity, entity_id, member_id, operation, changed_at)
SELECT 'MEMBER', md5('m' || i)::uuid, md5('m' || i)::uuid, 'UPSERT', now()
FROM generate_series(1, 100000) AS i;

ANALYZE;
