create table users (
    id              uuid primary key,
    username        varchar(64)  not null,
    display_name    varchar(200) not null,
    role            varchar(20)  not null,
    password_hash   varchar(200) not null,
    enabled         boolean      not null,
    failed_attempts integer      not null default 0,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint       not null
);
create unique index users_username_key on users (username);

create table api_tokens (
    id           uuid primary key,
    user_id      uuid         not null references users (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    scopes       varchar(1000) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
create unique index api_tokens_hash_key on api_tokens (token_hash);
create index api_tokens_user_idx on api_tokens (user_id);
