-- Study circles (way 5: enrol together and share insights weekly): a course, a weekly day, and its
-- members. The creator is a MEMBER; invitees are INVITED until they accept (MEMBER) or decline
-- (DECLINED); leaving removes the row. A circle with no MEMBER left is removed.
CREATE TABLE study_circle (
    id          uuid        PRIMARY KEY,
    course_id   uuid        NOT NULL,
    owner_id    uuid        NOT NULL,
    weekly_day  varchar(10) NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE TABLE study_circle_member (
    circle_id  uuid        NOT NULL REFERENCES study_circle (id) ON DELETE CASCADE,
    member_id  uuid        NOT NULL,
    status     varchar(10) NOT NULL,
    since      timestamptz NOT NULL,
    PRIMARY KEY (circle_id, member_id)
);
-- A member's circles (their list, nudges, inbox delivery of a fellow member's insight).
CREATE INDEX study_circle_member_member_idx ON study_circle_member (member_id, status, circle_id);
-- A course's circles.
CREATE INDEX study_circle_course_idx ON study_circle (course_id);
