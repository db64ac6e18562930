create table companies (
    id          uuid primary key,
    name        varchar(200) not null,
    name_folded varchar(200) not null,
    domain      varchar(253),
    industry    varchar(100),
    size_band   varchar(20),
    phone       varchar(20),
    website     varchar(500),
    street      varchar(200),
    city        varchar(100),
    postal_code varchar(20),
    country     char(2),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null
);
create unique index companies_domain_key on companies (domain);
create index companies_name_idx on companies (name_folded, id);
