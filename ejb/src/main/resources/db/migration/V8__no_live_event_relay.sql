-- Version 8: live updates cross servers through WildFly's cluster (JGroups), no longer through a
-- table that every server polled.
drop table live_event;
