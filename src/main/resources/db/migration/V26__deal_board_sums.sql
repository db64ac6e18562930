-- What a board column's header shows, kept up to date as deals change: how many deals and what they are worth,
-- per pipeline, stage, status, owner, currency and month of expected close (yyyymm). The board adds up a few
-- hundred of these rows instead of every deal in a stage; only the days of a partly covered month at the edge of
-- a close-date filter are added up from the deals themselves.
create table deal_board_sums (
    pipeline_id uuid           not null,
    stage_id    uuid           not null,
    status      varchar(10)    not null,
    owner_id    uuid           not null,
    currency    varchar(3)     not null,
    close_month integer        not null,
    deals       bigint         not null,
    amount      numeric(21, 2) not null,
    primary key (pipeline_id, stage_id, status, close_month, owner_id, currency)
);

insert into deal_board_sums (pipeline_id, stage_id, status, owner_id, currency, close_month, deals, amount)
select pipeline_id, stage_id, status, owner_id, currency,
       extract(year from expected_close_date) * 100 + extract(month from expected_close_date), count(*), sum(amount)
from deals
group by pipeline_id, stage_id, status, owner_id, currency,
         extract(year from expected_close_date) * 100 + extract(month from expected_close_date);
