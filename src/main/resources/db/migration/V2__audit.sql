-- Append-only audit trail. Entries hold ids and action names, never field values.
create table audit_events (
    id            uuid primary key,
    occurred_at   timestamp with time zone not null,
    actor_type    varchar(16)  not null,
    actor_id      varchar(64),
    action        varchar(32)  not null,
    resource_type varchar(32)  not null,
    resource_id   varchar(64),
    subject_ids   varchar(8000) not null,
    request_id    varchar(64),
    outcome       varchar(16)  not null,
    chain_seq     bigint,
    prev_hash     varchar(64),
    hash          varchar(64)
);
create unique index audit_events_chain_seq_key on audit_events (chain_seq);
create index audit_events_actor_idx on audit_events (actor_id, id);

create table audit_event_subjects (
    subject_id uuid not null,
    event_id   uuid not null references audit_events (id),
    primary key (subject_id, event_id)
);

create table audit_chain_head (
    id        integer primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
