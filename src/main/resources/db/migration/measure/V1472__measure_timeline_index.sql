-- The timeline reads a client's completed responses by completion time, newest first, a page at a time.
CREATE INDEX measure_response_client_completed_idx ON measure_response (client_id, completed_at);
