-- Transactional outbox shared by every service (docs/adr/0004). Rows are written in the same
-- transaction as the business change and relayed to Kafka by OutboxRelay.
create table outbox_event (
    position        bigserial primary key,
    event_id        uuid        not null unique,
    topic           text        not null,
    event_key       text        not null,
    event_type      text        not null,
    payload         text        not null,
    occurred_at     timestamptz not null,
    created_at      timestamptz not null default now(),
    published_at    timestamptz,
    attempts        integer     not null default 0,
    last_error      text
);

create index outbox_event_pending on outbox_event (position) where published_at is null;
