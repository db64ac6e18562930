-- Support tickets. A ticket's subject and description are its requester's communication: sealed under the
-- requester's key, so subject_id is the requester (a contact's id is its subject id). Searching by subject words goes
-- through keyed blind prefix tokens in ticket_search_tokens; numbers come from a sequence.
create sequence ticket_numbers start with 1;

create table tickets (
    subject_id            uuid         not null,
    id                    uuid         not null,
    number                bigint       not null,
    subject_line          bytea,
    description           bytea,
    status                varchar(10)  not null,
    priority              integer      not null,
    channel               varchar(10)  not null,
    assignee_id           uuid references users (id),
    tags                  varchar(400) not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint       not null,
    restricted_at         timestamp with time zone,
    requester_erased_at   timestamp with time zone,
    first_response_at     timestamp with time zone,
    first_response_due_at timestamp with time zone not null,
    resolved_at           timestamp with time zone,
    resolution_due_at     timestamp with time zone not null,
    paused_since          timestamp with time zone,
    paused_seconds        bigint       not null,
    breach_at             timestamp with time zone,
    primary key (subject_id, id)
);
create unique index tickets_id on tickets (id);
create unique index tickets_number on tickets (number);
create index tickets_updated on tickets (updated_at, id);
create index tickets_breach on tickets (breach_at, id);
create index tickets_assignee on tickets (assignee_id, updated_at);
create index tickets_status on tickets (status, updated_at);

-- One row per tag of a ticket, for the tag filter; tags are agents' labels, never the requester's words.
create table ticket_tags (
    subject_id uuid        not null,
    ticket_id  uuid        not null,
    tag        varchar(30) not null,
    primary key (subject_id, ticket_id, tag)
);
create index ticket_tags_tag on ticket_tags (tag, ticket_id);

create table ticket_search_tokens (
    subject_id uuid        not null,
    ticket_id  uuid        not null,
    token      varchar(32) not null,
    primary key (subject_id, ticket_id, token)
);
create index ticket_search_tokens_token on ticket_search_tokens (token, ticket_id);

-- Service-level targets per priority (1 low, 2 normal, 3 high, 4 urgent), in minutes, set by administrators.
create table sla_targets (
    priority               integer primary key,
    first_response_minutes integer not null check (first_response_minutes > 0),
    resolution_minutes     integer not null check (resolution_minutes > 0),
    updated_at             timestamp with time zone not null,
    version                bigint  not null
);
insert into sla_targets (priority, first_response_minutes, resolution_minutes, updated_at, version) values
    (1, 480, 2880, current_timestamp, 0),
    (2, 240, 1440, current_timestamp, 0),
    (3, 60, 480, current_timestamp, 0),
    (4, 30, 240, current_timestamp, 0);
