-- Why an action was taken, as the actor said: the purpose an exporter gives for a list export. Free text typed by
-- staff, not personal data by policy, capped and without control characters. Null for entries without one (and all
-- older entries), whose chain MACs stay as they were.
alter table audit_events add column purpose varchar(200);

-- Exports too large to stream in one request, prepared in the background by whichever node claims them. The
-- filters (which may hold a searched name) are not kept here but in a sealed file of their own, next to the result.
create table export_jobs (
    id            uuid primary key,
    user_id       uuid         not null,
    collection    varchar(32)  not null,
    purpose       varchar(200) not null,
    status        varchar(16)  not null,
    rows_total    bigint       not null,
    rows_done     bigint       not null,
    created_at    timestamp with time zone not null,
    heartbeat_at  timestamp with time zone,
    completed_at  timestamp with time zone,
    expires_at    timestamp with time zone not null,
    filters_file  uuid         not null,
    result_file   uuid         not null
);
create index export_jobs_status_idx on export_jobs (status, heartbeat_at);
create index export_jobs_expiry_idx on export_jobs (expires_at);
