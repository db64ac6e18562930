-- A generated password must be replaced at the first sign-in with it.
alter table users add column password_must_change boolean not null default false;

-- One TOTP second factor per user. The secret is sealed by the vault under a data key of the user's own
-- (so master-key rotation re-wraps it and a reset shreds it); confirmed_at stays null until the user has
-- proved, with a first code, that their authenticator holds it. last_step is the last accepted time step:
-- a code is accepted once.
create table user_second_factors (
    user_id      uuid primary key references users (id),
    totp_secret  bytea   not null,
    confirmed_at timestamp with time zone,
    last_step    bigint  not null default 0,
    created_at   timestamp with time zone not null
);

-- Single-use recovery codes: 80 random bits each, so a SHA-256 hash is enough to store them.
create table recovery_codes (
    user_id   uuid        not null references users (id),
    code_hash varchar(64) not null,
    used_at   timestamp with time zone,
    constraint recovery_codes_pk primary key (user_id, code_hash)
);

-- Browsers a user asked to remember after a second factor: the cookie's SHA-256 hash, never the cookie.
create table remembered_devices (
    token_hash varchar(64) primary key,
    user_id    uuid not null references users (id),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);
create index remembered_devices_user_idx on remembered_devices (user_id);
