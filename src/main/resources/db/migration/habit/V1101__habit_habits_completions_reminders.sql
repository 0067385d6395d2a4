-- Habits and homework. A habit is the client's own (created_by = client) or assigned as homework by a therapist
-- (kind HOMEWORK, homework_type, due_on). title and instructions are FieldCipher-encrypted client text.
-- The schedule is kept as local times in the client's zone (cadence, weekdays, interval_n, times_of_day "08:00,20:00");
-- version grows on every change, so a reminder task scheduled for an older version does nothing.
CREATE TABLE habit (
  id             UUID PRIMARY KEY,
  practice_id    UUID NOT NULL,
  client_id      UUID NOT NULL,
  created_by     UUID NOT NULL,
  kind           VARCHAR(10) NOT NULL,
  homework_type  VARCHAR(20),
  title          TEXT NOT NULL,
  instructions   TEXT,
  cadence        VARCHAR(20) NOT NULL,
  weekdays       VARCHAR(80),
  interval_n     INTEGER NOT NULL DEFAULT 1,
  times_of_day   VARCHAR(100) NOT NULL,
  starts_on      DATE NOT NULL,
  due_on         DATE,
  remind_in_app  BOOLEAN NOT NULL DEFAULT TRUE,
  remind_email   BOOLEAN NOT NULL DEFAULT FALSE,
  paused         BOOLEAN NOT NULL DEFAULT FALSE,
  finished_at    TIMESTAMP WITH TIME ZONE,
  version        INTEGER NOT NULL DEFAULT 0,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX habit_client_idx ON habit (client_id, kind);
CREATE INDEX habit_practice_idx ON habit (practice_id);

-- One outcome per habit and local day: DONE, SKIPPED (reason optional, encrypted, screened) or MISSED.
-- A planned day with no row is read as missed once it has passed. submission_key makes a submit idempotent
-- ("form:<uuid>" or "api:<Idempotency-Key>", per client); request_hash refuses a reused key with another body.
CREATE TABLE habit_completion (
  id             UUID PRIMARY KEY,
  practice_id    UUID NOT NULL,
  client_id      UUID NOT NULL,
  habit_id       UUID NOT NULL REFERENCES habit (id),
  on_day         DATE NOT NULL,
  outcome        VARCHAR(10) NOT NULL,
  note           TEXT,
  safety_level   VARCHAR(10) NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  submission_key VARCHAR(120) NOT NULL,
  request_hash   VARCHAR(64) NOT NULL,
  CONSTRAINT habit_completion_day_uq UNIQUE (habit_id, on_day),
  CONSTRAINT habit_completion_submission_uq UNIQUE (client_id, submission_key)
);
CREATE INDEX habit_completion_client_idx ON habit_completion (client_id, on_day);

-- One row per reminder occurrence (habit, due instant): the unique key is what makes a delivery happen once even
-- if two nodes ran the same occurrence. status: DELIVERED, SKIPPED_DONE, SKIPPED_PAUSED, SNOOZED.
CREATE TABLE habit_reminder (
  id             UUID PRIMARY KEY,
  practice_id    UUID NOT NULL,
  client_id      UUID NOT NULL,
  habit_id       UUID NOT NULL REFERENCES habit (id),
  due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  fired_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  status         VARCHAR(20) NOT NULL,
  snoozed_until  TIMESTAMP WITH TIME ZONE,
  deliveries     INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT habit_reminder_occurrence_uq UNIQUE (habit_id, due_at)
);
CREATE INDEX habit_reminder_client_idx ON habit_reminder (client_id, fired_at);

-- Per client: quiet hours ("21:00"-"08:00" by default) and the SHA-256 of the calendar feed token (NULL: no feed).
CREATE TABLE habit_client_settings (
  client_id       UUID PRIMARY KEY,
  practice_id     UUID NOT NULL,
  quiet_start     VARCHAR(5) NOT NULL,
  quiet_end       VARCHAR(5) NOT NULL,
  feed_token_hash VARCHAR(64),
  CONSTRAINT habit_feed_token_uq UNIQUE (feed_token_hash)
);
