-- Members position themselves, connect, and are found; other services follow a change feed.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE member
    ADD COLUMN headline   varchar(120),
    ADD COLUMN location   varchar(100),
    ADD COLUMN timezone   varchar(64),
    ADD COLUMN avatar_url varchar(500);

-- The one normal form where "Machine Learning" and "machine  learning" meet:
-- Unicode NFKC, lower case, runs of white space collapsed, trimmed. Empty becomes NULL.
CREATE FUNCTION rapport_norm(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT nullif(lower(btrim(regexp_replace(normalize(t, NFKC), '\s+', ' ', 'g'))), '') $$;

-- Normalised, de-duplicated values of one field of a JSON array of objects (or of a JSON array of strings).
CREATE FUNCTION rapport_keys(items jsonb, field text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(array_agg(DISTINCT k ORDER BY k), '{}')
    FROM (SELECT rapport_norm(CASE WHEN field IS NULL THEN e #>> '{}' ELSE e ->> field END) AS k
          FROM jsonb_array_elements(coalesce(items, '[]'::jsonb)) AS e) AS s
    WHERE k IS NOT NULL
$$;

-- Searchable words of a JSON array: the named fields of each object, or the strings themselves.
CREATE FUNCTION rapport_words(items jsonb, VARIADIC fields text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(string_agg(v, ' '), '')
    FROM jsonb_array_elements(coalesce(items, '[]'::jsonb)) AS e
         CROSS JOIN LATERAL (
             SELECT CASE WHEN jsonb_typeof(e) = 'string' THEN e #>> '{}' ELSE e ->> f END AS v
             FROM unnest(fields) AS f) AS x
    WHERE v IS NOT NULL
$$;

CREATE TABLE positioning (
    member_id                uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    statement                varchar(1000),
    goals                    jsonb        NOT NULL DEFAULT '[]',
    skills                   jsonb        NOT NULL DEFAULT '[]',
    interests                jsonb        NOT NULL DEFAULT '[]',
    organizations            jsonb        NOT NULL DEFAULT '[]',
    communities              jsonb        NOT NULL DEFAULT '[]',
    hobbies                  jsonb        NOT NULL DEFAULT '[]',
    education                jsonb        NOT NULL DEFAULT '[]',
    statement_visibility     varchar(12)  NOT NULL DEFAULT 'PUBLIC',
    goals_visibility         varchar(12)  NOT NULL DEFAULT 'PUBLIC',
    skills_visibility        varchar(12)  NOT NULL DEFAULT 'PUBLIC',
    interests_visibility     varchar(12)  NOT NULL DEFAULT 'PUBLIC',
    organizations_visibility varchar(12)  NOT NULL DEFAULT 'PUBLIC',
    communities_visibility   varchar(12)  NOT NULL DEFAULT 'PUBLIC',
    hobbies_visibility       varchar(12)  NOT NULL DEFAULT 'PUBLIC',
    education_visibility     varchar(12)  NOT NULL DEFAULT 'PUBLIC',
    location_visibility      varchar(12)  NOT NULL DEFAULT 'PUBLIC',
    updated_at               timestamptz  NOT NULL,
    version                  bigint       NOT NULL DEFAULT 0,
    -- Derived by positioning_derive() on every write; never written by the application.
    name_key                  text     NOT NULL DEFAULT '',
    goal_keys                 text[]   NOT NULL DEFAULT '{}',
    topic_keys                text[]   NOT NULL DEFAULT '{}',
    skill_keys                text[]   NOT NULL DEFAULT '{}',
    interest_keys             text[]   NOT NULL DEFAULT '{}',
    organization_keys         text[]   NOT NULL DEFAULT '{}',
    current_organization_keys text[]   NOT NULL DEFAULT '{}',
    community_keys            text[]   NOT NULL DEFAULT '{}',
    school_keys               text[]   NOT NULL DEFAULT '{}',
    search_public             tsvector NOT NULL DEFAULT ''::tsvector,
    search_connections        tsvector NOT NULL DEFAULT ''::tsvector,
    search_private            tsvector NOT NULL DEFAULT ''::tsvector,
    CONSTRAINT positioning_visibility_check CHECK (
        statement_visibility IN ('PUBLIC', 'CONNECTIONS', 'PRIVATE')
        AND goals_visibility IN ('PUBLIC', 'CONNECTIONS', 'PRIVATE')
        AND skills_visibility IN ('PUBLIC', 'CONNECTIONS', 'PRIVATE')
        AND interests_visibility IN ('PUBLIC', 'CONNECTIONS', 'PRIVATE')
        AND organizations_visibility IN ('PUBLIC', 'CONNECTIONS', 'PRIVATE')
        AND communities_visibility IN ('PUBLIC', 'CONNECTIONS', 'PRIVATE')
        AND hobbies_visibility IN ('PUBLIC', 'CONNECTIONS', 'PRIVATE')
        AND education_visibility IN ('PUBLIC', 'CONNECTIONS', 'PRIVATE')
        AND location_visibility IN ('PUBLIC', 'CONNECTIONS', 'PRIVATE'))
);

-- Keys and search documents follow the member's own spelling and the visibility of each section:
-- search_public holds what anyone may see, search_connections adds what connections may see,
-- search_private holds everything (the owner's view).
CREATE FUNCTION positioning_derive() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    m        member%ROWTYPE;
    sections text[];
    levels   text[];
    pub      text := '';
    con      text := '';
    prv      text := '';
BEGIN
    SELECT * INTO m FROM member WHERE id = NEW.member_id;
    NEW.name_key := coalesce(rapport_norm(m.display_name), '');
    NEW.goal_keys := rapport_keys(NEW.goals, 'goal');
    NEW.topic_keys := rapport_keys(NEW.goals, 'topic');
    NEW.skill_keys := rapport_keys(NEW.skills, 'name');
    NEW.interest_keys := rapport_keys(NEW.interests, NULL);
    NEW.organization_keys := rapport_keys(NEW.organizations, 'name');
    NEW.current_organization_keys :=
        rapport_keys(jsonb_path_query_array(NEW.organizations, '$[*] ? (@.current == true)'), 'name');
    NEW.community_keys := rapport_keys(NEW.communities, NULL);
    NEW.school_keys := rapport_keys(NEW.education, 'school');
    sections := ARRAY[
        coalesce(NEW.statement, ''),
        rapport_words(NEW.goals, 'topic', 'note'),
        rapport_words(NEW.skills, 'name'),
        rapport_words(NEW.interests, 'name'),
        rapport_words(NEW.organizations, 'name', 'role'),
        rapport_words(NEW.communities, 'name'),
        rapport_words(NEW.hobbies, 'name'),
        rapport_words(NEW.education, 'school', 'degree', 'field'),
        concat_ws(' ', m.location)];
    levels := ARRAY[
        NEW.statement_visibility, NEW.goals_visibility, NEW.skills_visibility,
        NEW.interests_visibility, NEW.organizations_visibility, NEW.communities_visibility,
        NEW.hobbies_visibility, NEW.education_visibility, NEW.location_visibility];
    FOR i IN 1 .. array_length(sections, 1) LOOP
        IF levels[i] = 'PUBLIC' THEN
            pub := pub || ' ' || sections[i];
        END IF;
        IF levels[i] IN ('PUBLIC', 'CONNECTIONS') THEN
            con := con || ' ' || sections[i];
        END IF;
        prv := prv || ' ' || sections[i];
    END LOOP;
    NEW.search_public := to_tsvector('simple', coalesce(rapport_norm(concat_ws(' ', m.display_name, m.headline, pub)), ''));
    NEW.search_connections := to_tsvector('simple', coalesce(rapport_norm(concat_ws(' ', m.display_name, m.headline, con)), ''));
    NEW.search_private := to_tsvector('simple', coalesce(rapport_norm(concat_ws(' ', m.display_name, m.headline, prv)), ''));
    RETURN NEW;
END
$$;

CREATE TRIGGER positioning_derive BEFORE INSERT OR UPDATE ON positioning
    FOR EACH ROW EXECUTE FUNCTION positioning_derive();

-- A new name, headline or location re-derives the member's search documents.
CREATE FUNCTION member_rederive() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE positioning SET member_id = member_id WHERE member_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER member_rederive AFTER UPDATE OF display_name, headline, location ON member
    FOR EACH ROW
    WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name
          OR OLD.headline IS DISTINCT FROM NEW.headline
          OR OLD.location IS DISTINCT FROM NEW.location)
    EXECUTE FUNCTION member_rederive();

CREATE INDEX positioning_goal_keys_idx ON positioning USING gin (goal_keys);
CREATE INDEX positioning_topic_keys_idx ON positioning USING gin (topic_keys);
CREATE INDEX positioning_skill_keys_idx ON positioning USING gin (skill_keys);
CREATE INDEX positioning_interest_keys_idx ON positioning USING gin (interest_keys);
CREATE INDEX positioning_organization_keys_idx ON positioning USING gin (organization_keys);
CREATE INDEX positioning_community_keys_idx ON positioning USING gin (community_keys);
CREATE INDEX positioning_school_keys_idx ON positioning USING gin (school_keys);
CREATE INDEX positioning_search_public_idx ON positioning USING gin (search_public);
CREATE INDEX positioning_search_connections_idx ON positioning USING gin (search_connections);
CREATE INDEX positioning_search_private_idx ON positioning USING gin (search_private);
CREATE INDEX positioning_name_trgm_idx ON positioning USING gin (name_key gin_trgm_ops);

CREATE TABLE connection (
    id           uuid PRIMARY KEY,
    requester_id uuid         NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    addressee_id uuid         NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    status       varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    context      varchar(10)  NOT NULL
        CHECK (context IN ('COLLEAGUE', 'CLIENT', 'CLASSMATE', 'FRIEND', 'PEER', 'MENTOR')),
    note         varchar(500),
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    version      bigint       NOT NULL DEFAULT 0,
    CONSTRAINT connection_not_self CHECK (requester_id <> addressee_id)
);

-- One connection per pair of members, whichever of them asked.
CREATE UNIQUE INDEX connection_pair_key
    ON connection (least(requester_id, addressee_id), greatest(requester_id, addressee_id));
CREATE INDEX connection_requester_idx ON connection (requester_id, status, id);
CREATE INDEX connection_addressee_idx ON connection (addressee_id, status, id);

-- The change feed: written in the transaction of the change, read in (tx, seq) order, and only
-- below the oldest transaction still running, so a change committed late is never skipped.
CREATE TABLE member_change (
    seq        bigserial   PRIMARY KEY,
    tx         xid8        NOT NULL DEFAULT pg_current_xact_id(),
    entity     varchar(12) NOT NULL CHECK (entity IN ('MEMBER', 'POSITIONING', 'CONNECTION')),
    entity_id  uuid        NOT NULL,
    member_id  uuid        NOT NULL,
    operation  varchar(6)  NOT NULL CHECK (operation IN ('UPSERT', 'DELETE')),
    changed_at timestamptz NOT NULL,
    data       jsonb
);

CREATE INDEX member_change_tx_seq_idx ON member_change (tx, seq);
