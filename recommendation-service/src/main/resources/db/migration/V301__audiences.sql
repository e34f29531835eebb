-- What each audience may see of a member, so that a caller is told only what profile-service would
-- show that caller: shared_topics (already there) is what the member's connections may see
-- (PUBLIC and CONNECTIONS sections), public_topics what anyone may see (PUBLIC sections); the goal
-- topics likewise, since a goal's topic may also be an interest shown under another section.
ALTER TABLE rm_member
    ADD COLUMN public_topics      text[] NOT NULL DEFAULT '{}',
    ADD COLUMN shared_goal_topics text[] NOT NULL DEFAULT '{}',
    ADD COLUMN public_goal_topics text[] NOT NULL DEFAULT '{}';
CREATE INDEX rm_member_public_topics_idx ON rm_member USING gin (public_topics);

-- An engagement from a PUBLIC activity may be named to anyone; one from a CONNECTIONS activity
-- (shared, not public) only to the member's connections.
ALTER TABLE engagement ADD COLUMN public boolean NOT NULL DEFAULT false;

-- Until they are re-read, members are named to no one beyond what connections see today, and
-- enrolments to strangers not at all. Both feeds are followed again from their start so every
-- positioning and activity is re-digested (each change is an idempotent upsert or delete).
UPDATE feed_state SET cursor = NULL, caught_up = false;
