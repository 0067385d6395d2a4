-- 150 clients for the demo therapist, each with two years of data: daily check-ins, weekly PHQ-9 and GAD-7,
-- past alerts (some open), weekly homework (some missed). Every tenth client has an open alert, every seventh
-- scores worse lately, every fifteenth stopped checking in, every fifth missed their latest homework.
CREATE TEMP TABLE bench_client AS
SELECT gen_random_uuid() AS id, t.practice_id, t.id AS therapist_id, g AS n
FROM app_user t, generate_series(1, 150) g WHERE t.email = 'therapist@demo.tandem';

INSERT INTO app_user (id, practice_id, email, display_name, password_hash, roles, primary_therapist_id, time_zone,
  enabled, failed_logins, created_at)
SELECT id, practice_id, 'bench' || n || '@bench.tandem', 'Bench Client ' || lpad(n::text, 3, '0'), NULL, 'CLIENT',
  therapist_id, 'America/New_York', TRUE, 0, now()
FROM bench_client;

INSERT INTO checkin (id, practice_id, client_id, recorded_at, local_date, time_zone, mood, anxiety, sleep_hours,
  sleep_quality, energy, emotions, tags, note, safety_level, submission_key, created_at)
SELECT gen_random_uuid(), c.practice_id, c.id, ((current_date - g) + time '08:30') AT TIME ZONE 'America/New_York',
  current_date - g, 'America/New_York',
  greatest(0, least(10, round(5 + 2 * sin((g + c.n) / 9.0) + random() * 2
    - CASE WHEN c.n % 10 = 3 AND g < 14 THEN (14 - g) / 3.0 ELSE 0 END)))::int,
  (random() * 10)::int, 5 + (random() * 8)::int / 2.0, 1 + (random() * 4)::int, (random() * 10)::int, 'calm', 'work',
  NULL, 'NONE', 'bench:' || g, now()
FROM bench_client c, generate_series(CASE WHEN c.n % 15 = 0 THEN 6 ELSE 0 END, 729) g;

INSERT INTO measure_response (id, practice_id, client_id, instrument_code, instrument_version, status, total,
  percentage, band, counted_items, screen_positive, started_at, updated_at, completed_at)
SELECT gen_random_uuid(), c.practice_id, c.id, i.code, '1.0.0', 'COMPLETE',
  least(i.maxv, greatest(0, round(i.scale * (5 + 12 * exp(-(103 - w) / 12.0) + random() * 3
    + CASE WHEN c.n % 7 = 0 AND w >= 100 THEN 8 ELSE 0 END))))::int,
  NULL, NULL, i.items, NULL, x.t, x.t, x.t
FROM bench_client c,
  (VALUES ('phq9', 9, 27, 1.0), ('gad7', 7, 21, 0.75)) i(code, items, maxv, scale),
  generate_series(0, 103) w,
  LATERAL (SELECT now() - ((103 - w) * interval '7 days') - interval '1 day' AS t) x;

-- The per client and instrument summary the app keeps on write (scores above bypassed the app): rebuilt here as
-- migration V1301 builds it.
DELETE FROM measure_score_summary;
INSERT INTO measure_score_summary (client_id, instrument_code, practice_id, counted, first_total, first_at,
  third_last_total, second_last_total, last_total, last_at)
SELECT client_id, instrument_code, practice_id, COUNT(*),
  MAX(CASE WHEN rn_first = 1 THEN total END), MAX(CASE WHEN rn_first = 1 THEN completed_at END),
  MAX(CASE WHEN rn_last = 3 THEN total END), MAX(CASE WHEN rn_last = 2 THEN total END),
  MAX(CASE WHEN rn_last = 1 THEN total END), MAX(CASE WHEN rn_last = 1 THEN completed_at END)
FROM (
  SELECT client_id, instrument_code, practice_id, total, completed_at,
    ROW_NUMBER() OVER (PARTITION BY client_id, instrument_code ORDER BY completed_at, started_at) AS rn_first,
    ROW_NUMBER() OVER (PARTITION BY client_id, instrument_code ORDER BY completed_at DESC, started_at DESC) AS rn_last
  FROM measure_response
  WHERE status = 'COMPLETE' AND superseded_by_id IS NULL AND total IS NOT NULL
) r
GROUP BY client_id, instrument_code, practice_id;

INSERT INTO safety_alert (id, practice_id, client_id, level, status, source_kind, source_reference, source_label,
  excerpt, raised_at, level_raised_at, escalation_round, escalation_step, deadline, acknowledged_at, acknowledged_by,
  outcome)
SELECT gen_random_uuid(), c.practice_id, c.id, CASE WHEN k % 3 = 0 THEN 'HIGH' ELSE 'MODERATE' END, 'ACKNOWLEDGED',
  'checkin-note', 'bench', 'Check-in note', NULL, now() - k * interval '60 days', now() - k * interval '60 days', 0, 0,
  now() - k * interval '60 days' + interval '30 minutes', now() - k * interval '60 days' + interval '10 minutes',
  c.therapist_id, 'CONTACTED'
FROM bench_client c, generate_series(1, 12) k;

INSERT INTO safety_alert (id, practice_id, client_id, level, status, source_kind, source_reference, source_label,
  excerpt, raised_at, level_raised_at, escalation_round, escalation_step, deadline)
SELECT gen_random_uuid(), c.practice_id, c.id, CASE WHEN c.n % 20 = 0 THEN 'HIGH' ELSE 'MODERATE' END, 'OPEN',
  'checkin-note', 'bench', 'Check-in note', NULL, now() - interval '20 minutes', now() - interval '20 minutes', 0, 0,
  now() + interval '10 minutes'
FROM bench_client c WHERE c.n % 10 = 0;

INSERT INTO habit (id, practice_id, client_id, created_by, kind, homework_type, title, instructions, cadence, weekdays,
  interval_n, times_of_day, starts_on, due_on, remind_in_app, remind_email, paused, finished_at, version, created_at,
  updated_at)
SELECT gen_random_uuid(), c.practice_id, c.id, c.therapist_id, 'HOMEWORK', 'READING', 'bench homework', NULL, 'DAILY',
  NULL, 1, '18:00', current_date - 7 * w - 6, current_date - 7 * w - 1, TRUE, FALSE, FALSE,
  CASE WHEN w = 0 AND c.n % 5 = 0 THEN NULL ELSE now() - w * interval '7 days' END, 0, now(), now()
FROM bench_client c, generate_series(0, 103) w;

ANALYZE;
