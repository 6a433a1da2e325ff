-- Residents were stored under their token's id in every conversation; they are now stored under a
-- pseudonym per conversation (docs/adr/0031). The key lives in configuration, not in the database,
-- so the rows are rewritten at start-up by PseudonymMigration, once: this row says whether it ran.
create table pseudonym_migration (
    id           integer     primary key check (id = 1),
    migrated_at  timestamptz
);
insert into pseudonym_migration (id, migrated_at) values (1, null);
