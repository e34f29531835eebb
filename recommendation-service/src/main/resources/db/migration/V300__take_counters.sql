-- Popularity kept by delta instead of a count(DISTINCT member_id) over every engagement of an item
-- on each change: how many ENROLLED/JOINED engagements each member has with each item (a row only
-- while positive). A member's first take of an item adds one to item_popularity, their last one
-- removed subtracts one. Also the index "what did this member take" by member.
CREATE TABLE member_item_take (
    member_id uuid        NOT NULL,
    item_type varchar(20) NOT NULL,
    item_id   uuid        NOT NULL,
    takes     integer     NOT NULL,
    PRIMARY KEY (member_id, item_type, item_id)
);
CREATE INDEX member_item_take_item_idx ON member_item_take (item_type, item_id);

INSERT INTO member_item_take (member_id, item_type, item_id, takes)
SELECT member_id, item_type, item_id, count(*) FROM engagement
WHERE action IN ('ENROLLED', 'JOINED')
GROUP BY member_id, item_type, item_id;

UPDATE item_popularity p SET members = 0;
INSERT INTO item_popularity (item_type, item_id, members)
SELECT item_type, item_id, count(*) FROM member_item_take GROUP BY item_type, item_id
ON CONFLICT (item_type, item_id) DO UPDATE SET members = EXCLUDED.members;
