-- Deals: what a pipeline's stages hold. A deal is a business record (name, amount, dates, references), not personal
-- data; the people taking part in it are, so their links live in deal_contacts, keyed by the contact's subject id.

-- Why deals are lost: a short list administrators keep (reference table).
create table lost_reasons (
    id            uuid primary key,
    name          varchar(100) not null,
    display_order integer      not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint       not null
);
create unique index lost_reasons_name on lost_reasons (name);
insert into lost_reasons (id, name, display_order, created_at, updated_at, version) values
    ('019a0000-0000-7000-8000-000000000101', 'Price', 10, current_timestamp, current_timestamp, 0),
    ('019a0000-0000-7000-8000-000000000102', 'Competitor', 20, current_timestamp, current_timestamp, 0),
    ('019a0000-0000-7000-8000-000000000103', 'No budget', 30, current_timestamp, current_timestamp, 0),
    ('019a0000-0000-7000-8000-000000000104', 'No decision', 40, current_timestamp, current_timestamp, 0),
    ('019a0000-0000-7000-8000-000000000105', 'Timing', 50, current_timestamp, current_timestamp, 0);

create table deals (
    id                  uuid primary key,
    name                varchar(200)   not null,
    amount              numeric(19, 2) not null,
    currency            varchar(3)     not null,
    pipeline_id         uuid           not null references pipelines (id),
    stage_id            uuid           not null references pipeline_stages (id),
    owner_id            uuid           not null,
    company_id          uuid,
    status              varchar(10)    not null,
    lost_reason_id      uuid references lost_reasons (id),
    expected_close_date date           not null,
    stage_entered_at    timestamp with time zone not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint         not null
);
-- The board reads one stage's open deals of a pipeline at a time, in close-date order, a capped number per column:
-- this index answers it without touching any other deal.
create index deals_board on deals (pipeline_id, stage_id, status, expected_close_date, id);
create index deals_stage on deals (stage_id);
create index deals_owner on deals (owner_id, expected_close_date);
create index deals_company on deals (company_id);
create index deals_close on deals (expected_close_date, id);
create index deals_updated on deals (updated_at, id);

-- The people taking part in a deal, with their part in it. Keyed by the person's subject id first, so the rows of
-- one person stay together. restricted_at freezes the link while the person's processing is restricted.
create table deal_contacts (
    subject_id    uuid        not null,
    deal_id       uuid        not null references deals (id),
    role          varchar(20) not null,
    position      integer     not null,
    restricted_at timestamp with time zone,
    primary key (subject_id, deal_id)
);
create index deal_contacts_deal on deal_contacts (deal_id);

-- Where an erased person took part: the deal keeps the part played, no longer who played it.
create table deal_erased_contacts (
    id        uuid        primary key,
    deal_id   uuid        not null references deals (id),
    role      varchar(20) not null,
    erased_at timestamp with time zone not null
);
create index deal_erased_contacts_deal on deal_erased_contacts (deal_id);

-- Every stage a deal entered, when and by whom; the stage's name is kept, as the stage may be removed later.
create table deal_stage_history (
    id         uuid         primary key,
    deal_id    uuid         not null references deals (id),
    stage_id   uuid         not null,
    stage_name varchar(100) not null,
    entered_at timestamp with time zone not null,
    entered_by uuid
);
create index deal_stage_history_deal on deal_stage_history (deal_id, entered_at, id);
