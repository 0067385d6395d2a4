\set mood random(0, 10)
\set anxiety random(0, 10)
INSERT INTO checkin (id, practice_id, client_id, recorded_at, local_date, time_zone, mood, anxiety, sleep_hours, sleep_quality, energy, emotions, tags, note, safety_level, submission_key, created_at) VALUES (gen_random_uuid(), :practice, :client, now(), current_date, 'America/New_York', :mood, :anxiety, 7.5, 4, 5, 'calm,tired', 'work', :note, 'NONE', CAST(gen_random_uuid() AS VARCHAR(120)), now());
