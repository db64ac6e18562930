-- The audit page filters by resource type, action and time, newest first (by id). Resource types are also listed
-- for the filter's choices, one index probe per type.
create index audit_events_resource_idx on audit_events (resource_type, action, id);
create index audit_events_action_idx on audit_events (action, id);
create index audit_events_time_idx on audit_events (occurred_at);
