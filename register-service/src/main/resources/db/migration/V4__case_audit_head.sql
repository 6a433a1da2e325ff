-- The case service's signed audit chain heads as received (docs/adr/0043): the register keeps them
-- as a second owner and publishes them in its open data. The first head received for a sequence
-- stays; heads are never changed or removed here.
create table case_audit_head (
    sequence     bigint      primary key,
    hash         text        not null,
    published_at timestamptz not null,
    algorithm    text        not null,
    key_id       text        not null,
    signature    text        not null,
    received_at  timestamptz not null default now()
);
