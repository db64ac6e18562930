-- Custom fields that administrators add to contacts, companies and later record types. A definition is
-- configuration (a small reference table); it always carries its classification: personal or not, and for a
-- personal field its data category and, for a special category, the Art. 9(2) (or Art. 10) condition relied on.
create table custom_fields (
    id                 uuid primary key,
    record_type        varchar(30)  not null,
    field_key          varchar(40)  not null,
    label              varchar(100) not null,
    field_type         varchar(20)  not null,
    required           boolean      not null,
    display_order      integer      not null,
    -- the options of a choice or multi-choice field, as a JSON array of strings, in display order
    options            varchar(20000),
    personal           boolean      not null,
    category           varchar(40),
    special_condition  varchar(40),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint       not null
);
create unique index custom_fields_key on custom_fields (record_type, field_key);

-- One row per record and field holding a value (no row: no value). A personal field's value is sealed under the
-- data key of the record's key owner (subject_id; the contact itself, or the company), bound to its field and
-- record; a value of a field not personal is kept in the clear, in the column of its type, so lists filter on it.
-- Keyed by subject_id first, like every personal-data table (see DESIGN.md, Citus).
create table custom_field_values (
    subject_id    uuid        not null,
    record_type   varchar(30) not null,
    record_id     uuid        not null,
    field_id      uuid        not null references custom_fields (id),
    value_text    varchar(500),
    value_long    varchar(10000),
    value_number  numeric(28, 10),
    value_date    date,
    value_boolean boolean,
    value_sealed  bytea,
    primary key (subject_id, record_id, field_id)
);
create index custom_field_values_record_idx on custom_field_values (record_id, field_id);
create index custom_field_values_text_idx on custom_field_values (field_id, value_text);
create index custom_field_values_number_idx on custom_field_values (field_id, value_number);
create index custom_field_values_date_idx on custom_field_values (field_id, value_date);

-- Background work on a field's values, such as sealing them after the field became personal: persisted progress,
-- resumable (the values themselves show what is done), shared by several nodes (rows claimed with SKIP LOCKED).
create table custom_field_jobs (
    id          uuid        primary key,
    field_id    uuid        not null references custom_fields (id) on delete cascade,
    kind        varchar(20) not null,
    total       bigint      not null,
    done        bigint      not null,
    started_at  timestamp with time zone not null,
    finished_at timestamp with time zone
);
create index custom_field_jobs_field_idx on custom_field_jobs (field_id, finished_at);
