-- Which way of computing search tokens a contact's tokens follow. Existing rows are at 1; the application
-- re-tokenises them in batches after start (tokens are HMACs under a key a migration does not hold).
alter table contacts add column search_version integer default 1 not null;
create index contacts_search_version_idx on contacts (search_version);

-- Saved views: a user's named filters and order for one list. Filters hold only codes and ids (stage, owner):
-- never the search text, which may be a person's name.
create table saved_views (
    id         uuid primary key,
    user_id    uuid         not null references users (id),
    list_name  varchar(30)  not null,
    name       varchar(100) not null,
    filters    varchar(1000) not null,
    sort       varchar(40)  not null,
    created_at timestamp with time zone not null
);
create unique index saved_views_user_list_name_key on saved_views (user_id, list_name, name);
