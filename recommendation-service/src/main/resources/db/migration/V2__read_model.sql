-- The read model: what recommendation-service knows about every member, kept current by following
-- profile-service's member-changes and activity-service's activity-changes feeds. Topics, skills,
-- schools and organizations are normalised (lower case, single spaces) like the catalog's topics.
CREATE TABLE rm_member (
    id            uuid PRIMARY KEY,
    display_name  varchar(200),
    headline      varchar(500),
    positioning   jsonb,
    -- interests, hobbies and communities
    interests     text[]      NOT NULL DEFAULT '{}',
    -- skills still growing (below ADVANCED) and skills of expertise
    grow_skills   text[]      NOT NULL DEFAULT '{}',
    expert_skills text[]      NOT NULL DEFAULT '{}',
    goal_topics   text[]      NOT NULL DEFAULT '{}',
    -- schools and organizations, for alumni groups
    affiliations  text[]      NOT NULL DEFAULT '{}',
    -- everything above: the basis of "members like you"
    topics        text[]      NOT NULL DEFAULT '{}',
    -- topics from sections the member does not keep private: the only ones named to others
    shared_topics text[]      NOT NULL DEFAULT '{}',
    updated_at    timestamptz NOT NULL
);
CREATE INDEX rm_member_topics_idx ON rm_member USING gin (topics);
CREATE INDEX rm_member_shared_topics_idx ON rm_member USING gin (shared_topics);

-- Accepted connections, one row per direction.
CREATE TABLE rm_connection (
    connection_id uuid NOT NULL,
    member_id     uuid NOT NULL,
    other_id      uuid NOT NULL,
    PRIMARY KEY (connection_id, member_id)
);
CREATE INDEX rm_connection_member_idx ON rm_connection (member_id, other_id);
CREATE INDEX rm_connection_other_idx ON rm_connection (other_id);

CREATE TABLE rm_activity (
    id          uuid PRIMARY KEY,
    member_id   uuid        NOT NULL,
    type        varchar(60),
    topics      text[]      NOT NULL DEFAULT '{}',
    shared      boolean     NOT NULL,
    occurred_at timestamptz NOT NULL
);
CREATE INDEX rm_activity_member_idx ON rm_activity (member_id, occurred_at DESC);
CREATE INDEX rm_activity_topics_idx ON rm_activity USING gin (topics);

-- Who took, joined, clicked or dismissed which catalog item: from activities (ENROLLED, JOINED)
-- and from the feedback endpoint. shared=false rows count anonymously but never name the member.
CREATE TABLE engagement (
    id          bigserial PRIMARY KEY,
    member_id   uuid        NOT NULL,
    item_type   varchar(20) NOT NULL,
    item_id     uuid        NOT NULL,
    action      varchar(20) NOT NULL,
    source      varchar(20) NOT NULL,
    activity_id uuid,
    shared      boolean     NOT NULL DEFAULT true,
    occurred_at timestamptz NOT NULL
);
CREATE INDEX engagement_member_idx ON engagement (member_id, item_type, action);
CREATE INDEX engagement_item_idx ON engagement (item_type, item_id, action);
CREATE INDEX engagement_activity_idx ON engagement (activity_id) WHERE activity_id IS NOT NULL;

-- Where each feed was left, and how following it went.
CREATE TABLE feed_state (
    feed            varchar(40) PRIMARY KEY,
    cursor          text,
    applied         bigint      NOT NULL DEFAULT 0,
    last_change_at  timestamptz,
    last_attempt_at timestamptz,
    last_success_at timestamptz,
    last_error      text,
    caught_up       boolean     NOT NULL DEFAULT false
);

-- How many members took (enrolled in, joined) each item; recomputed for the items a change touches.
CREATE TABLE item_popularity (
    item_type varchar(20) NOT NULL,
    item_id   uuid        NOT NULL,
    members   integer     NOT NULL,
    PRIMARY KEY (item_type, item_id)
);
