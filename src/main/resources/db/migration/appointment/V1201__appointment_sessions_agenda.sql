-- Therapy sessions. starts_at is an instant; the practice's zone turns it into a local date and time on the pages.
-- series_id groups the sessions of one weekly series (NULL for a single session), so "cancel the rest" is one update.
-- status: SCHEDULED, ATTENDED, CANCELLED, NO_SHOW. No free text is stored here.
CREATE TABLE appointment_session (
  id            UUID PRIMARY KEY,
  practice_id   UUID NOT NULL,
  client_id     UUID NOT NULL,
  therapist_id  UUID NOT NULL,
  series_id     UUID,
  starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  minutes       INTEGER NOT NULL,
  modality      VARCHAR(10) NOT NULL,
  status        VARCHAR(10) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX appointment_session_client_idx ON appointment_session (client_id, starts_at);
CREATE INDEX appointment_session_therapist_idx ON appointment_session (therapist_id, starts_at);
CREATE INDEX appointment_session_series_idx ON appointment_session (series_id);

-- The client's agenda ("things I want to talk about"): items of one session, in the client's order (position).
-- text is FieldCipher-encrypted client text, screened by the safety net before the insert. An item is removed by
-- setting removed_at (kept, so a replayed submission key still answers with the same item). Items freeze when their
-- session starts. submission_key makes an add idempotent per client; request_hash refuses a reused key.
CREATE TABLE appointment_agenda_item (
  id             UUID PRIMARY KEY,
  practice_id    UUID NOT NULL,
  client_id      UUID NOT NULL,
  session_id     UUID NOT NULL REFERENCES appointment_session (id),
  position       INTEGER NOT NULL,
  text           TEXT NOT NULL,
  safety_level   VARCHAR(10) NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  removed_at     TIMESTAMP WITH TIME ZONE,
  submission_key VARCHAR(120) NOT NULL,
  request_hash   VARCHAR(64) NOT NULL,
  CONSTRAINT appointment_agenda_submission_uq UNIQUE (client_id, submission_key)
);
CREATE INDEX appointment_agenda_session_idx ON appointment_agenda_item (session_id, position);
CREATE INDEX appointment_agenda_client_idx ON appointment_agenda_item (client_id, created_at);
