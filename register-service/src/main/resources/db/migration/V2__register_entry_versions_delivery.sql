-- One table for algorithm and platform entries: searchable columns beside the full content (jsonb).
create table register_entry (
    id                   uuid        primary key,
    kind                 text        not null check (kind in ('ALGORITHM', 'PLATFORM')),
    version              bigint      not null,
    status               text        not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    name                 text        not null,
    organisation         text        not null,
    description          text        not null,
    publication_category text,
    use_status           text,
    themes               text[]      not null default '{}',
    content              jsonb       not null,
    source_ref           text        unique,
    lars                 text        unique,
    national_state       text,
    published_at         timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);

create index register_entry_listing on register_entry (kind, status, published_at desc);

-- Every version of every entry, with why it changed: the public history.
create table entry_version (
    entry_id       uuid        not null references register_entry (id),
    version        bigint      not null,
    status         text        not null,
    content        jsonb       not null,
    change_note    text        not null,
    changed_fields text[]      not null default '{}',
    changed_by     text        not null,
    changed_at     timestamptz not null,
    primary key (entry_id, version)
);

-- Entries of the first slice move over with their fields; their history starts here.
insert into register_entry (id, kind, version, status, name, organisation, description, content,
                            published_at, created_at, updated_at)
select id, 'ALGORITHM', version, status, name, organisation, description,
       jsonb_build_object('algorithm', jsonb_build_object(
           'name', name, 'organization', organisation, 'description_short', description,
           'status', 'In gebruik', 'publication_category', 'Overige algoritmes',
           'contact_email', 'https://algoritmes.overheid.nl')),
       published_at, created_at, updated_at
from algorithm_entry;

insert into entry_version (entry_id, version, status, content, change_note, changed_by, changed_at)
select id, version, status, content, 'Overgenomen uit de eerste versie van het register', 'system',
       updated_at
from register_entry;

drop table algorithm_entry;

-- The delivery outbox to the national Algoritmeregister: written in the business transaction,
-- worked off by the delivery worker with back-off and the national rate limit.
create table national_delivery (
    id              bigserial   primary key,
    entry_id        uuid        not null references register_entry (id),
    entry_version   bigint      not null,
    action          text        not null check (action in ('UPSERT', 'RELEASE', 'RETRACT')),
    payload         jsonb,
    state           text        not null check (state in ('PENDING', 'DONE', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    done_at         timestamptz
);

create index national_delivery_pending on national_delivery (next_attempt_at) where state = 'PENDING';
