-- Per client and instrument, the scores the caseload needs (the first and the latest three counted scores), kept
-- on every write of a complete response or a correction, so the caseload reads one row per client and instrument
-- instead of two years of weekly scores. Rebuildable at any time from measure_response (this statement).
CREATE TABLE measure_score_summary (
  client_id        UUID NOT NULL,
  instrument_code  VARCHAR(40) NOT NULL,
  practice_id      UUID NOT NULL,
  counted          INT NOT NULL,
  first_total      INT NOT NULL,
  first_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  third_last_total INT,
  second_last_total INT,
  last_total       INT NOT NULL,
  last_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (client_id, instrument_code)
);

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
