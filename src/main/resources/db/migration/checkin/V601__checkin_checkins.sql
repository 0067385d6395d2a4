-- Daily check-ins. recorded_at is the instant; local_date is the day it belongs to in the client's
-- time zone at that instant, computed when written (a later change of zone does not move old days).
-- submission_key makes a submit idempotent: "form:<uuid>" from the hidden form token or
-- "api:<Idempotency-Key>", unique per client. The note is FieldCipher-encrypted free text.
CREATE TABLE checkin (
  id             UUID PRIMARY KEY,
  practice_id    UUID NOT NULL,
  client_id      UUID NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  local_date     DATE NOT NULL,
  time_zone      VARCHAR(64) NOT NULL,
  mood           SMALLINT NOT NULL,
  anxiety        SMALLINT,
  sleep_hours    NUMERIC(3,1),
  sleep_quality  SMALLINT,
  energy         SMALLINT,
  emotions       VARCHAR(400),
  tags           VARCHAR(400),
  note           TEXT,
  safety_level   VARCHAR(10) NOT NULL,
  submission_key VARCHAR(120) NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT checkin_submission_uq UNIQUE (client_id, submission_key)
);
CREATE INDEX checkin_client_day_idx ON checkin (client_id, local_date, recorded_at);
