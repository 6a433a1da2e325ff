-- Several instances share the national delivery (docs/adr/0024). A job is claimed for a lease: an
-- instance that dies mid-delivery leaves a claim that expires, and another instance retries it.
alter table national_delivery
    add column claimed_by    text,
    add column claim_token   uuid,
    add column claimed_until timestamptz;

-- The national API's rate limit is one budget for all instances: one row per request sent in the
-- current window, counted and added under an advisory lock (AdvisoryLocks.NATIONAL_RATE_BUDGET).
create table national_rate_slot (
    id         bigserial   primary key,
    job_id     bigint      not null references national_delivery (id),
    counted_at timestamptz not null
);

create index national_rate_slot_counted on national_rate_slot (counted_at);
