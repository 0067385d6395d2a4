-- A practice's own baseline SD for an instrument (e.g. from an audit of its intake scores), with where it comes
-- from. With one, reliable change for that instrument is decided by the Jacobson-Truax index; without one, by
-- the published individual-change threshold in the instrument's definition.
CREATE TABLE measure_baseline_sd (
  practice_id      UUID NOT NULL,
  instrument_code  VARCHAR(40) NOT NULL,
  baseline_sd      DOUBLE PRECISION NOT NULL,
  source           VARCHAR(300) NOT NULL,
  set_by           UUID NOT NULL,
  set_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (practice_id, instrument_code)
);
