-- The timeline and the brief read a client's check-ins by instant, newest first, a page at a time.
CREATE INDEX checkin_client_recorded_idx ON checkin (client_id, recorded_at);
