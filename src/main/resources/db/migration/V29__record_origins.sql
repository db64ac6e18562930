-- Where a record's data came from when it was not typed in (import:<job id>): the data subject is told the
-- source (Art. 14(2)(f)), and the records of processing list it.
alter table contacts add column origin varchar(64);
alter table companies add column origin varchar(64);
