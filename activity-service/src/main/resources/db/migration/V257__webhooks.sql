-- Signed outbound webhooks: a member (or an app acting with their token) registers a URL and the
-- inbox kinds it wants. Each subscription follows its member's inbox in commit order from where it
-- was registered (cursor_tx, cursor_seq, as the live events do) and queues one delivery per item
-- of a kind it wants; deliveries are retried with exponential backoff, logged with their status,
-- and a subscription whose deliveries keep failing is disabled with its reason.
CREATE TABLE webhook_subscription (
    id              uuid          PRIMARY KEY,
    member_id       uuid          NOT NULL,
    url             varchar(2048) NOT NULL,
    event_types     text[]        NOT NULL,
    secret          varchar(100)  NOT NULL,
    status          varchar(10)   NOT NULL,
    disabled_reason text,
    failed_in_a_row integer       NOT NULL DEFAULT 0,
    cursor_tx       text          NOT NULL,
    cursor_seq      bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL
);
CREATE INDEX webhook_subscription_member_idx ON webhook_subscription (member_id, created_at);
CREATE INDEX webhook_subscription_active_idx ON webhook_subscription (id) WHERE status = 'ACTIVE';

CREATE TABLE webhook_delivery (
    id              uuid        PRIMARY KEY,
    subscription_id uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_type      varchar(30) NOT NULL,
    body            text        NOT NULL,
    status          varchar(10) NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_status     integer,
    last_error      text,
    created_at      timestamptz NOT NULL,
    delivered_at    timestamptz
);
-- What is due, oldest first; a subscription's log, newest first.
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, created_at DESC, id DESC);
