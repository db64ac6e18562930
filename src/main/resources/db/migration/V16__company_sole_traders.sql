-- A company may be a sole trader: one natural person, whose company id is also their subject id (subject_id;
-- null for organisations, which are no data subject). The contact details of every company (phone, email and
-- postal address) are now sealed under a data key of the company's own, so the catalogue's declaration holds for
-- every row, whatever kind of company it is.
--
-- A migration cannot seal: the keys are wrapped by a master key the database never holds. So the clear values of
-- existing companies move to company_unsealed_values, and the application seals them after start, in committed
-- batches (CompanySealing), deleting each row it has sealed. Until then the application reads them from there.
create table company_unsealed_values (
    company_id  uuid primary key references companies (id) on delete cascade,
    phone       varchar(20),
    street      varchar(200),
    city        varchar(100),
    postal_code varchar(20),
    country     char(2)
);
insert into company_unsealed_values (company_id, phone, street, city, postal_code, country)
    select id, phone, street, city, postal_code, country from companies;

alter table companies drop column phone;
alter table companies drop column street;
alter table companies drop column city;
alter table companies drop column postal_code;
alter table companies drop column country;
alter table companies add column phone bytea;
alter table companies add column email bytea;
alter table companies add column street bytea;
alter table companies add column city bytea;
alter table companies add column postal_code bytea;
alter table companies add column country bytea;

alter table companies add column subject_id uuid;
alter table companies add constraint companies_subject_is_id check (subject_id is null or subject_id = id);
create unique index companies_subject_key on companies (subject_id);

-- When a sole trader's data was restricted (Art. 18); null when it is not.
alter table companies add column restricted_at timestamp with time zone;

-- City is sealed now and no longer sorts: saved views of the company list that sorted by it sort by name.
update saved_views set sort = 'name' where list_name = 'companies' and sort in ('city', '-city');
