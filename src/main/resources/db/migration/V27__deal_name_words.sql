-- Deals are found by the start of the words of their name: every prefix (2 to 20 characters) of every word of the
-- folded name (lower case, accents removed) is a row here, so a search looks up each word it types through the
-- primary key instead of reading every deal's name. Deal names are business records, not personal data.
create table deal_name_prefixes (
    prefix  varchar(20) not null,
    deal_id uuid        not null references deals (id),
    primary key (prefix, deal_id)
);
create index deal_name_prefixes_deal on deal_name_prefixes (deal_id);

-- Which way of splitting names a deal's prefixes follow; 0: none written yet. Deals that were there before this
-- migration are filled in by the application after start, in batches.
alter table deals add column name_words integer not null default 0;
create index deals_name_words on deals (name_words, id);

-- A search text matching many deals walks them in name order, checking each against its prefixes.
create index deals_name on deals (name, id);
