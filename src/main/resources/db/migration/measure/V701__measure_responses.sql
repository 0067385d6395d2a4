-- Questionnaire responses, their answers, instrument enablement per practice, and assignments.

-- Which instruments a practice offers. No row = the definition's default (licensed instruments off).
CREATE TABLE measure_instrument_setting (
  practice_id           UUID NOT NULL,
  instrument_code       VARCHAR(40) NOT NULL,
  enabled               BOOLEAN NOT NULL,
  licence_confirmed_by  UUID,
  licence_confirmed_at  TIMESTAMP WITH TIME ZONE,
  updated_by            UUID NOT NULL,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (practice_id, instrument_code)
);

-- One response to one instrument version. A DRAFT is never scored; a COMPLETE response is never
-- edited: a correction is a new COMPLETE row whose supersedes_id points at the one it replaces.
CREATE TABLE measure_response (
  id                  UUID PRIMARY KEY,
  practice_id         UUID NOT NULL,
  client_id           UUID NOT NULL,
  instrument_code     VARCHAR(40) NOT NULL,
  instrument_version  VARCHAR(20) NOT NULL,
  status              VARCHAR(10) NOT NULL,
  total               INT,
  percentage          INT,
  band                VARCHAR(60),
  counted_items          INT,
  screen_positive     BOOLEAN,
  started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at        TIMESTAMP WITH TIME ZONE,
  supersedes_id       UUID,
  superseded_by_id    UUID,
  correction_reason   TEXT,
  assignment_id       UUID,
  CONSTRAINT measure_response_status_ck CHECK (status IN ('DRAFT', 'COMPLETE'))
);
CREATE INDEX measure_response_client_idx ON measure_response (client_id, instrument_code, status, completed_at);
CREATE INDEX measure_response_practice_idx ON measure_response (practice_id);

-- The answer to each item: scored items by number ("1".."20"), unscored ones by linkId.
CREATE TABLE measure_answer (
  response_id  UUID NOT NULL REFERENCES measure_response (id),
  link_id      VARCHAR(40) NOT NULL,
  scored       BOOLEAN NOT NULL,
  score        INT NOT NULL,
  PRIMARY KEY (response_id, link_id)
);

-- One-time form tokens and API Idempotency-Keys: a second submit with the same key finds the first.
CREATE TABLE measure_submission (
  client_id    UUID NOT NULL,
  token        VARCHAR(100) NOT NULL,
  response_id  UUID NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT measure_submission_token_uq UNIQUE (client_id, token)
);

-- A therapist asks a client to complete an instrument once or on a schedule (dates in the client's zone).
CREATE TABLE measure_assignment (
  id               UUID PRIMARY KEY,
  practice_id      UUID NOT NULL,
  client_id        UUID NOT NULL,
  therapist_id     UUID NOT NULL,
  instrument_code  VARCHAR(40) NOT NULL,
  recurrence       VARCHAR(12) NOT NULL,
  interval_count   INT NOT NULL,
  start_date       DATE NOT NULL,
  window_days      INT NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  ended_at         TIMESTAMP WITH TIME ZONE,
  CONSTRAINT measure_assignment_recurrence_ck CHECK (recurrence IN ('ONCE', 'EVERY_DAYS', 'EVERY_WEEKS'))
);
CREATE INDEX measure_assignment_client_idx ON measure_assignment (client_id, ended_at);
