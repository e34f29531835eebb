-- Sign-in sessions: each access token names its session (claim sid); the session holds the hash of
-- its current refresh token. A refresh rotates it; a rotated-away token is remembered, so its
-- reuse (a stolen token replayed) revokes the whole session.
CREATE TABLE session (
    id           uuid PRIMARY KEY,
    account_id   uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    refresh_hash bytea       NOT NULL,
    created_at   timestamptz NOT NULL,
    refreshed_at timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    revoked_reason varchar(40)
);
CREATE UNIQUE INDEX session_refresh_hash_key ON session (refresh_hash);
CREATE INDEX session_account_idx ON session (account_id, created_at);

CREATE TABLE session_used_refresh (
    refresh_hash bytea PRIMARY KEY,
    session_id   uuid NOT NULL REFERENCES session (id) ON DELETE CASCADE
);
CREATE INDEX session_used_refresh_session_idx ON session_used_refresh (session_id);

-- Members erased here: their tokens stay refused until they expire (sessions go with the account).
CREATE TABLE erased_member (
    id        uuid PRIMARY KEY,
    erased_at timestamptz NOT NULL
);
