-- The outbox relay reads each key-hash lane in position order (docs/adr/0023). The expression and
-- the number of lanes (8) must match PendingEvents.LANES; this file is repeatable, so changing it
-- re-creates the index on every service database.
drop index if exists outbox_event_lane_pending;
create index outbox_event_lane_pending
    on outbox_event ((abs(hashtext(event_key) % 8)), position)
    where published_at is null;
