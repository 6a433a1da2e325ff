-- The latest opinion map per conversation (what readers get), and the published report.
create table opinion_snapshot (
    conversation_id  uuid        primary key references conversation (id),
    tick             bigint      not null,
    computed_at      timestamptz not null,
    map              text        not null
);

create table conversation_report (
    conversation_id  uuid        primary key references conversation (id),
    published_at     timestamptz not null,
    report           text        not null
);
