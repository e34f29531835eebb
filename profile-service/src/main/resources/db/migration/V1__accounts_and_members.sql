-- Members and the accounts they sign in with. An account and its member share one id.
CREATE TABLE member (
    id           uuid PRIMARY KEY,
    display_name varchar(100) NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    version      bigint       NOT NULL DEFAULT 0
);

CREATE TABLE account (
    id            uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    email         varchar(254) NOT NULL,
    password_hash varchar(100) NOT NULL,
    admin         boolean      NOT NULL DEFAULT false,
    created_at    timestamptz  NOT NULL
);

-- Emails are unique case-insensitively; sign-in looks them up through this index.
CREATE UNIQUE INDEX account_email_key ON account (lower(email));
