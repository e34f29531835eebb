-- activity-service's own copy of who is a member and who is connected to whom, kept current from
-- profile-service's member-changes feed, so reads and visibility checks never call profile-service.
CREATE TABLE known_member (
    member_id uuid        PRIMARY KEY,
    known_at  timestamptz NOT NULL
);

-- Accepted connections, one row per direction: "is :viewer connected to :owner" is a primary-key
-- lookup. connection_id finds both rows when the feed sends a CONNECTION DELETE (which has no data).
CREATE TABLE member_connection (
    member_id     uuid NOT NULL,
    other_id      uuid NOT NULL,
    connection_id uuid NOT NULL,
    PRIMARY KEY (member_id, other_id)
);
CREATE INDEX member_connection_connection_idx ON member_connection (connection_id);

-- Where the follower is in each feed it reads, and how that went.
CREATE TABLE feed_position (
    feed            varchar(40) PRIMARY KEY,
    cursor          text,
    caught_up       boolean     NOT NULL DEFAULT false,
    applied         bigint      NOT NULL DEFAULT 0,
    last_change_at  timestamptz,
    last_success_at timestamptz,
    last_attempt_at timestamptz,
    last_error      text
);
-- The row exists from the start, so replicas applying a page serialise on it (SELECT ... FOR UPDATE).
INSERT INTO feed_position (feed) VALUES ('member-changes');
