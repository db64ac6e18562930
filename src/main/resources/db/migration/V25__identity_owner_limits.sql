-- Roles whose users work on their own records only (contacts they own, deals they own, tickets and tasks assigned
-- to them). A role is limited while it has a row here; none is until an administrator limits it.
create table role_owner_limits (
    role       varchar(30) primary key,
    limited_at timestamp with time zone not null
);
