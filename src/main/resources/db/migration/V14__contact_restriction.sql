-- Restriction of processing (Art. 18): since when a contact's data may only be stored. Null when not restricted.
-- A restricted contact refuses changes and is left out of lists for everyone but the data-protection officer.
alter table contacts add column restricted_at timestamp with time zone;
