-- Users are data subjects too. Their username and display name are now sealed (AES-GCM) under the user's own data
-- key, and the username is found at sign-in through a keyed blind index of it, which also keeps usernames unique.
-- A migration cannot seal (the keys are wrapped by a master key the database never holds): existing values are kept
-- as their UTF-8 bytes with names_sealed = false, and the application seals them in batches at start
-- (identity.UserSealing), reading either form meanwhile. The columns change type the H2 way here (H2 casts text to
-- binary as UTF-8); the PostgreSQL script beside this one (db/vendor/postgresql) makes the same change its own way.
drop index if exists users_username_key;
alter table users alter column username set data type bytea;
alter table users alter column display_name set data type bytea;
-- An erased former user keeps the row (audit entries name its id) but no name: both columns become null.
alter table users alter column username drop not null;
alter table users alter column display_name drop not null;
alter table users add column names_sealed boolean default false not null;
alter table users add column username_index varchar(32);
create unique index users_username_index_key on users (username_index);

-- Art. 18 restriction: while set, administrators cannot change the user; the account itself stays usable.
alter table users add column restricted_at timestamp with time zone;
-- When a former user was erased on request: names gone with their key, the row kept as a pseudonym.
alter table users add column erased_at timestamp with time zone;
