-- Each user's time zone for the dates pages show (an IANA region id such as Europe/Berlin); null follows the
-- installation's default (custodian.default-time-zone). The API always answers in UTC instants.
alter table users add column time_zone varchar(64);
