-- Keys of the installation itself (the audit key), wrapped by the master key like every other key.
create table vault.service_keys (
    name          varchar(32) primary key,
    master_key_id varchar(16) not null,
    wrapped_key   bytea       not null
);

-- Every entry carries a MAC under the audit key, written with it: only entries the application wrote are sealed.
-- An entry the sealer refuses (no valid MAC, or out of time order) is marked, left out of the chain and reported.
alter table audit_events add column mac varchar(64);
alter table audit_events add column rejected_at timestamp with time zone;
create index audit_events_pending_idx on audit_events (chain_seq, rejected_at, id);

-- Links from keyed_from on are HMAC-SHA256 under the audit key; earlier ones stay SHA-256 and keep verifying.
-- Entries written before this version carry no MAC: those still pending now (legacy_until) may be sealed without.
alter table audit_chain_head add column keyed_from bigint;
alter table audit_chain_head add column legacy_until uuid;
update audit_chain_head set keyed_from = last_seq + 1,
    legacy_until = (select id from audit_events where chain_seq is null order by id desc limit 1)
where id = 1;
