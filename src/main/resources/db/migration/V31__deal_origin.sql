-- Where a deal came from when it was not typed in (import:<job id>), as contacts and companies keep it (V29).
alter table deals add column origin varchar(64);
