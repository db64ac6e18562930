-- The timeline: notes, calls, meetings and emails. An activity's shared columns (kind, times, direction, author)
-- hold nothing about a person; its content is kept once per contact it concerns (activity_copies), sealed under
-- that contact's key, so erasing one person deletes their copy and leaves the others' readable. An activity about
-- no contact keeps one copy under a key of its own (its subject id is the activity's id).
create table activities (
    id               uuid primary key,
    type             varchar(16) not null,
    occurred_at      timestamp with time zone not null,
    ends_at          timestamp with time zone,
    direction        varchar(16),
    duration_seconds integer,
    outcome          varchar(32),
    author_id        uuid,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null
);
create index activities_by_time on activities (occurred_at desc, id desc);

create table activity_copies (
    subject_id    uuid not null,
    activity_id   uuid not null,
    subject       bytea,
    body          bytea,
    location      bytea,
    restricted_at timestamp with time zone,
    primary key (subject_id, activity_id)
);
create index activity_copies_by_activity on activity_copies (activity_id);

-- The records an activity is about. occurred_at is the activity's, copied so a record's timeline is one range scan.
create table activity_links (
    activity_id uuid        not null,
    kind        varchar(16) not null,
    record_id   uuid        not null,
    occurred_at timestamp with time zone not null,
    primary key (activity_id, kind, record_id)
);
create index activity_links_timeline on activity_links (kind, record_id, occurred_at desc, activity_id desc);

-- Contacts who attended a meeting or took part in an email, keyed by their subject (a contact's id).
create table activity_people (
    subject_id  uuid not null,
    activity_id uuid not null,
    primary key (subject_id, activity_id)
);
create index activity_people_by_activity on activity_people (activity_id);

-- Users who attended a meeting or took part in an email.
create table activity_users (
    activity_id uuid not null,
    user_id     uuid not null,
    primary key (activity_id, user_id)
);
