-- Jobs that run once per interval across all instances of the service (docs/adr/0024): an
-- instance runs a job only after claiming it here, which succeeds when the last run is at least
-- one interval old (database time, so the instances' clocks do not matter).
create table job_run (
    job          text        primary key,
    last_run_at  timestamptz not null,
    last_run_by  text        not null,
    runs         bigint      not null
);
