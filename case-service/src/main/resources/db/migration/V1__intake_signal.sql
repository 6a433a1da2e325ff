-- Signals that may need an ethics case: what reached the service from elsewhere (register entries
-- published, later resident signals), each kept once, for the driver role to act on.
create table intake_signal (
    id             uuid        primary key,
    source         text        not null,
    subject_id     uuid        not null,
    subject_name   text        not null,
    summary        text        not null,
    subject_version bigint     not null,
    occurred_at    timestamptz not null,
    received_at    timestamptz not null
);

create index intake_signal_received on intake_signal (received_at desc);
