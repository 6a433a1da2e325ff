-- Signed heads of the audit chain, as published (docs/adr/0043): the last entry's sequence and
-- hash at the time, with an Ed25519 signature by the head key the database does not hold. The
-- same heads go to the register's open data, so deleting or editing rows here is detected there.
create table audit_chain_head (
    sequence     bigint      primary key,
    hash         text        not null,
    published_at timestamptz not null,
    key_id       text        not null,
    signature    text        not null
);
