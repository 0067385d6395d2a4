-- The timeline reads a client's homework outcomes by the time they were recorded, newest first.
CREATE INDEX habit_completion_client_recorded_idx ON habit_completion (client_id, recorded_at);
