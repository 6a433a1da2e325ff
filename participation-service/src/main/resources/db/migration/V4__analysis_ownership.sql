-- Several instances: one owns a conversation's analysis (docs/adr/0027). The owner stores what
-- the others need beside the map: routing priorities and positions (encoded by MapState).
alter table opinion_snapshot add column priorities bytea;
alter table opinion_snapshot add column positions bytea;

-- A conversation's votes were removed or replaced (a resident withdrew, a pol.is import): the
-- instance that owns its analysis rebuilds it from the votes on record. Holds no participant.
create table analysis_rebuild_request (
    conversation_id  uuid        primary key references conversation (id),
    requested_at     timestamptz not null
);
create index analysis_rebuild_request_at on analysis_rebuild_request (requested_at);
