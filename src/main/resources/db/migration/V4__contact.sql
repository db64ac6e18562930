-- Contacts are data subjects: subject_id is the key every personal-data table carries.
create table contacts (
    id              uuid primary key,
    subject_id      uuid not null,
    first_name      varchar(100),
    last_name       varchar(100),
    email           varchar(254),
    email_folded    varchar(254),
    phone           varchar(20),
    job_title       varchar(200),
    company_id      uuid references companies (id) on delete set null,
    owner_id        uuid references users (id),
    lifecycle_stage varchar(30) not null,
    source          varchar(100),
    street          varchar(200),
    city            varchar(100),
    postal_code     varchar(20),
    country         char(2),
    first_folded    varchar(100),
    last_folded     varchar(100),
    full_folded     varchar(201),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null
);
create unique index contacts_subject_key on contacts (subject_id);
create unique index contacts_email_key on contacts (email_folded);
create index contacts_recent_idx on contacts (updated_at, id);
create index contacts_first_idx on contacts (first_folded);
create index contacts_last_idx on contacts (last_folded);
create index contacts_full_idx on contacts (full_folded);
create index contacts_company_idx on contacts (company_id);
create index contacts_owner_idx on contacts (owner_id);
