-- Tasks: to-dos with a due time, an assignee and at most one linked record. Title and description are sealed under
-- the key of the task's subject: the linked contact when the task is about one (subject_id = the contact's id), a key
-- of the task's own otherwise (subject_id = the task's id). Keyed by (subject_id, id), so a task lives with the
-- contact it is about.
create table tasks (
    subject_id   uuid         not null,
    id           uuid         not null,
    title        bytea        not null,
    description  bytea,
    due_at       timestamp with time zone not null,
    assignee_id  uuid         not null references users (id),
    priority     varchar(10)  not null,
    status       varchar(10)  not null,
    link_kind    varchar(20),
    link_id      uuid,
    completed_at timestamp with time zone,
    completed_by uuid,
    created_by   uuid,
    restricted_at timestamp with time zone,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint       not null,
    primary key (subject_id, id)
);
create index tasks_id on tasks (id);
create index tasks_assignee_due on tasks (assignee_id, status, due_at, id);
create index tasks_due on tasks (status, due_at, id);
create index tasks_link on tasks (link_kind, link_id);
