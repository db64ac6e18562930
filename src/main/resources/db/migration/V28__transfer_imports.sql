-- Imports of CSV files as persisted jobs. The uploaded file lives sealed on disk (vault.SealedFiles, key = job id)
-- until the job ends; rows here hold counts, column names and positions, never a value from the file.
create table import_jobs (
    id               uuid primary key,
    record_type      varchar(16)   not null,
    status           varchar(16)   not null,
    file_name        varchar(255)  not null,
    file_bytes       bigint        not null,
    charset          varchar(32)   not null,
    delimiter        varchar(1)    not null,
    -- the header row's column names, and per column the field it goes to (empty: ignored), as JSON arrays
    headers          varchar(20000) not null,
    mapping          varchar(20000) not null,
    match_phone      boolean       not null,
    duplicates       varchar(8),
    -- the dry run: data rows, rows matching nothing, rows matching a stored record or an earlier row (by email,
    -- domain or name), rows matching by phone number only, rows with errors
    check_rows       bigint,
    check_new        bigint,
    check_existing   bigint,
    check_phone_only bigint,
    check_rejected   bigint,
    rows_done        bigint        not null,
    created          bigint        not null,
    updated          bigint        not null,
    skipped          bigint        not null,
    rejected         bigint        not null,
    created_by       uuid          not null references users (id),
    created_at       timestamp with time zone not null,
    analysed_at      timestamp with time zone,
    started_at       timestamp with time zone,
    finished_at      timestamp with time zone,
    -- where the current run began, for its rate (a resumed job starts a new run)
    run_since        timestamp with time zone,
    run_rows_since   bigint,
    claimed_by       varchar(64),
    heartbeat_at     timestamp with time zone,
    cancel_requested boolean       not null,
    failure          varchar(500),
    version          bigint        not null
);
create index import_jobs_status_idx on import_jobs (status, heartbeat_at);
create index import_jobs_created_idx on import_jobs (created_by, created_at);

-- What is wrong with a row: its line, the column's name and what is wrong; never the value itself.
create table import_errors (
    job_id      uuid         not null references import_jobs (id) on delete cascade,
    phase       varchar(8)   not null,
    line        bigint       not null,
    seq         integer      not null,
    column_name varchar(200),
    message     varchar(300) not null,
    primary key (job_id, phase, line, seq)
);

-- Mappings saved for reuse: per normalised column name, the field it goes to.
create table import_mappings (
    id          uuid primary key,
    record_type varchar(16)   not null,
    name        varchar(100)  not null,
    columns     varchar(20000) not null,
    created_by  uuid          not null references users (id),
    created_at  timestamp with time zone not null
);
create unique index import_mappings_name_key on import_mappings (record_type, name);
