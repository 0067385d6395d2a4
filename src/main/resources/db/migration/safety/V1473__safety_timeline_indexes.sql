-- The timeline and the brief read a client's alerts, shared journal entries and plan versions by time.
CREATE INDEX safety_alert_client_raised_idx ON safety_alert (client_id, raised_at);
CREATE INDEX safety_journal_entry_client_shared_idx ON safety_journal_entry (client_id, shared_at);
CREATE INDEX safety_plan_version_client_created_idx ON safety_plan_version (client_id, created_at);
