-- The key store lives in its own schema, apart from the data it protects, so that data backups can leave it
-- out and a restored backup cannot bring an erased person's key back.
create schema if not exists vault;

-- One data key per data subject, wrapped (AES-GCM) by the master key whose id is stored beside it.
create table vault.data_keys (
    subject_id    uuid primary key,
    master_key_id varchar(16) not null,
    wrapped_key   bytea       not null,
    created_at    timestamp with time zone not null
);
create index data_keys_master_idx on vault.data_keys (master_key_id);

-- The key of the blind indexes, separate from every data key, wrapped by the master key.
create table vault.index_key (
    id            integer primary key,
    master_key_id varchar(16) not null,
    wrapped_key   bytea       not null
);

-- Who was erased, and when: replayed against restored backups. Subject id and time only.
create table vault.erasures (
    subject_id uuid primary key,
    erased_at  timestamp with time zone not null
);

-- Contacts are now stored sealed: every personal value is AES-GCM ciphertext under the subject's data key, bound
-- to its table, column and subject. Exact and prefix search go through keyed blind indexes. There is no released
-- version with plaintext contacts, so the old table is replaced rather than converted.
drop table contacts;
create table contacts (
    id              uuid primary key,
    subject_id      uuid not null,
    first_name      bytea,
    last_name       bytea,
    email           bytea,
    phone           bytea,
    job_title       bytea,
    street          bytea,
    city            bytea,
    postal_code     bytea,
    country         bytea,
    email_index     varchar(32),
    phone_index     varchar(32),
    company_id      uuid references companies (id) on delete set null,
    owner_id        uuid references users (id),
    lifecycle_stage varchar(30) not null,
    source          varchar(100),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null
);
create unique index contacts_subject_key on contacts (subject_id);
create unique index contacts_email_index_key on contacts (email_index);
create index contacts_phone_index_idx on contacts (phone_index);
create index contacts_recent_idx on contacts (updated_at, id);
create index contacts_company_idx on contacts (company_id);
create index contacts_owner_idx on contacts (owner_id);

-- Blind prefix tokens of names and emails: HMACs, never text.
create table contact_search_tokens (
    token      varchar(32) not null,
    subject_id uuid        not null references contacts (id) on delete cascade,
    primary key (token, subject_id)
);
create index contact_search_tokens_subject_idx on contact_search_tokens (subject_id);
