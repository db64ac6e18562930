-- Which roles may see and edit values of each special category (Art. 9 and Art. 10 data). Nothing is granted
-- until an administrator grants it.
create table role_special_categories (
    role       varchar(30) not null,
    category   varchar(40) not null,
    granted_at timestamp with time zone not null,
    primary key (role, category)
);
