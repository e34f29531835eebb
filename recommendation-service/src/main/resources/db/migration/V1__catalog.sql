-- The catalog: courses and discussions members can join. Topics and skills are stored normalised
-- (lower case, single spaces) so that they compare equal to the topics of a member's positioning.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE course (
    id               uuid PRIMARY KEY,
    provider         varchar(30)   NOT NULL,
    title            varchar(300)  NOT NULL,
    url              varchar(2000) NOT NULL,
    description      text,
    topics           text[]        NOT NULL DEFAULT '{}',
    skills           text[]        NOT NULL DEFAULT '{}',
    level            varchar(20)   NOT NULL,
    duration_minutes integer       NOT NULL,
    language         varchar(35)   NOT NULL,
    rating           numeric(2, 1),
    rating_count     integer       NOT NULL DEFAULT 0,
    cohort_start     timestamptz,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL DEFAULT 0,
    search           tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B')) STORED,
    CONSTRAINT course_rating_range CHECK (rating IS NULL OR rating BETWEEN 0 AND 5)
);

CREATE UNIQUE INDEX course_url_key ON course (url);
CREATE INDEX course_search_idx ON course USING gin (search);
CREATE INDEX course_title_trgm_idx ON course USING gin (title gin_trgm_ops);
CREATE INDEX course_topics_idx ON course USING gin (topics);
CREATE INDEX course_skills_idx ON course USING gin (skills);
CREATE INDEX course_provider_level_idx ON course (provider, level);
-- Keyset pagination of the unsearched listing.
CREATE INDEX course_title_order_idx ON course (lower(title), id);

CREATE TABLE discussion (
    id             uuid PRIMARY KEY,
    kind           varchar(20)   NOT NULL,
    title          varchar(300)  NOT NULL,
    url            varchar(2000) NOT NULL,
    description    text,
    topics         text[]        NOT NULL DEFAULT '{}',
    community      varchar(20)   NOT NULL,
    audience       varchar(200),
    activity_level varchar(20)   NOT NULL,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    version        bigint        NOT NULL DEFAULT 0,
    search         tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(audience, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B')) STORED
);

CREATE UNIQUE INDEX discussion_url_key ON discussion (url);
CREATE INDEX discussion_search_idx ON discussion USING gin (search);
CREATE INDEX discussion_title_trgm_idx ON discussion USING gin (title gin_trgm_ops);
CREATE INDEX discussion_topics_idx ON discussion USING gin (topics);
CREATE INDEX discussion_audience_idx ON discussion (lower(audience));
CREATE INDEX discussion_title_order_idx ON discussion (lower(title), id);
