-- Ethics cases (docs/adr/0010): the case is one aggregate, stored as a JSON document with the
-- columns the worklists and the keeper select on. History lives in the audit chain.
create table ethics_case (
    id                 uuid        primary key,
    state              text        not null,
    confidentiality    text        not null,
    title              text        not null,
    origin             text        not null,
    register_entry_ids uuid[]      not null default '{}',
    document           jsonb       not null,
    opened_at          timestamptz not null,
    updated_at         timestamptz not null
);

create index ethics_case_state on ethics_case (state);
create index ethics_case_entries on ethics_case using gin (register_entry_ids);

-- The tamper-evident audit trail: append-only; each entry carries the previous entry's hash.
-- Appends are serialised with a transaction-level advisory lock, so sequence numbers have no gaps.
create table audit_entry (
    sequence       bigint      primary key,
    case_id        uuid,
    actor          text        not null,
    at             timestamptz not null,
    action         text        not null,
    before_state   text,
    after_state    text,
    previous_hash  text        not null,
    hash           text        not null
);

create index audit_entry_case on audit_entry (case_id, sequence);

-- ODI Data Ethics Maturity Model scans, one per organisation and year.
create table maturity_scan (
    id            uuid        primary key,
    organisation  text        not null,
    year          integer     not null,
    model_version text        not null,
    document      jsonb       not null,
    created_at    timestamptz not null,
    unique (organisation, year)
);
