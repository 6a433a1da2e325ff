-- The outbox relay reads each key-hash lane in position order (docs/adr/0023). The expression and
-- the number of lanes (8) must match PendingEvents.LANES; this file is repeatable, so changing it
-- re-creates the index on every service database.
-- A relayed row is deleted (docs/adr/0018), so every row is pending: the published_at column that
-- V0_1 made, and the index on it, are dropped here, idempotently, on databases old and new
-- (docs/adr/0045).
alter table outbox_event drop column if exists published_at;
drop index if exists outbox_event_pending;
drop index if exists outbox_event_lane_pending;
create index outbox_event_lane_pending
    on outbox_event ((abs(hashtext(event_key) % 8)), position);
