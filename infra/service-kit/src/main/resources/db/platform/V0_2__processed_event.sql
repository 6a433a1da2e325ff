-- Idempotent consumers: one row per (consumer, event id) handled, written in the handler's transaction.
create table processed_event (
    consumer      text        not null,
    event_id      uuid        not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);
