create table algorithm_entry (
    id             uuid        primary key,
    version        bigint      not null,
    name           text        not null,
    organisation   text        not null,
    description    text        not null,
    status         text        not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    published_at   timestamptz,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);

create index algorithm_entry_published on algorithm_entry (published_at desc) where status = 'PUBLISHED';
