-- Sales pipelines and their stages: configuration (small reference tables, no personal data). Stages are kept in
-- position order within their pipeline; each carries the win probability, in whole percent, that forecasts weigh
-- a deal in it with.
create table pipelines (
    id            uuid primary key,
    name          varchar(100) not null,
    display_order integer      not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint       not null
);
create unique index pipelines_name on pipelines (name);

create table pipeline_stages (
    id          uuid primary key,
    pipeline_id uuid         not null references pipelines (id),
    name        varchar(100) not null,
    position    integer      not null,
    probability integer      not null check (probability between 0 and 100),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint       not null
);
create index pipeline_stages_pipeline on pipeline_stages (pipeline_id, position);

-- The default pipeline, so a new installation has one on first start: the open stages with rising probability,
-- then the two closing stages (won at 100, lost at 0) that deals end in.
insert into pipelines (id, name, display_order, created_at, updated_at, version)
values ('019a0000-0000-7000-8000-000000000001', 'Sales', 10, current_timestamp, current_timestamp, 0);
insert into pipeline_stages (id, pipeline_id, name, position, probability, created_at, updated_at, version) values
    ('019a0000-0000-7000-8000-000000000011', '019a0000-0000-7000-8000-000000000001', 'Lead', 0, 10, current_timestamp, current_timestamp, 0),
    ('019a0000-0000-7000-8000-000000000012', '019a0000-0000-7000-8000-000000000001', 'Qualified', 1, 25, current_timestamp, current_timestamp, 0),
    ('019a0000-0000-7000-8000-000000000013', '019a0000-0000-7000-8000-000000000001', 'Proposal', 2, 50, current_timestamp, current_timestamp, 0),
    ('019a0000-0000-7000-8000-000000000014', '019a0000-0000-7000-8000-000000000001', 'Negotiation', 3, 75, current_timestamp, current_timestamp, 0),
    ('019a0000-0000-7000-8000-000000000015', '019a0000-0000-7000-8000-000000000001', 'Won', 4, 100, current_timestamp, current_timestamp, 0),
    ('019a0000-0000-7000-8000-000000000016', '019a0000-0000-7000-8000-000000000001', 'Lost', 5, 0, current_timestamp, current_timestamp, 0);
