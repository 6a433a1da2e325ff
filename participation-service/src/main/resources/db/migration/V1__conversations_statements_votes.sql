create table conversation (
    id                            uuid        primary key,
    topic                         text        not null,
    description_nl                text        not null,
    description_en                text,
    state                         text        not null check (state in ('DRAFT', 'OPEN', 'CLOSED', 'REPORT_PUBLISHED')),
    moderation_mode               text        not null check (moderation_mode in ('STRICT', 'OPEN')),
    residents_may_add_statements  boolean     not null,
    max_statement_length          integer     not null check (max_statement_length between 20 and 1000),
    case_id                       uuid,
    created_at                    timestamptz not null,
    opened_at                     timestamptz,
    closed_at                     timestamptz
);

create index conversation_listing on conversation (state, closed_at desc);

-- Statements carry a per-conversation number: pol.is's comment-id in imports and exports.
create table statement (
    id                  uuid        primary key,
    conversation_id     uuid        not null references conversation (id),
    number              integer     not null,
    text                text        not null,
    normalized_text     text        not null,
    origin              text        not null check (origin in ('SEED', 'RESIDENT')),
    author_participant  uuid,
    meta                boolean     not null default false,
    moderation          text        not null check (moderation in ('PENDING', 'ACCEPTED', 'REJECTED')),
    moderation_reason   text,
    created_at          timestamptz not null,
    moderated_at        timestamptz,
    unique (conversation_id, number)
);

create index statement_queue on statement (conversation_id, moderation, number);
create index statement_author on statement (author_participant, created_at) where author_participant is not null;

-- Every vote ever cast (the history), and the one that counts per participant and statement.
-- request_id makes a retried request idempotent.
create table vote (
    id               bigserial   primary key,
    conversation_id  uuid        not null,
    statement_id     uuid        not null references statement (id),
    participant_id   uuid        not null,
    value            smallint    not null check (value in (-1, 0, 1)),
    request_id       uuid        not null,
    cast_at          timestamptz not null,
    unique (participant_id, request_id)
);

create index vote_conversation on vote (conversation_id, id);

create table current_vote (
    statement_id     uuid        not null references statement (id),
    participant_id   uuid        not null,
    conversation_id  uuid        not null,
    value            smallint    not null check (value in (-1, 0, 1)),
    cast_at          timestamptz not null,
    primary key (statement_id, participant_id)
);

create index current_vote_participant on current_vote (conversation_id, participant_id);
