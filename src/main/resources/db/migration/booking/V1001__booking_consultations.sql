-- Free consultation booking (booking module). Visitor free text (name, email, phone, reason,
-- messages) is stored encrypted by the application (FieldCipher), so those columns are TEXT.

-- What the public practice page says beyond the practice's settings; edited by the admin.
CREATE TABLE booking_practice_page (
  practice_id  UUID NOT NULL,
  description  VARCHAR(2000),
  location     VARCHAR(400),
  telehealth   BOOLEAN NOT NULL,
  fees         VARCHAR(1000),
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (practice_id)
);

-- A therapist's public profile and booking rules; a therapist without a row takes no bookings.
CREATE TABLE booking_therapist (
  therapist_id    UUID NOT NULL,
  practice_id     UUID NOT NULL,
  approach        VARCHAR(1000),
  languages       VARCHAR(200),
  sees_people_for VARCHAR(1000),
  time_zone       VARCHAR(64) NOT NULL,
  buffer_minutes  INT NOT NULL,
  notice_hours    INT NOT NULL,
  horizon_days    INT NOT NULL,
  accepts         BOOLEAN NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (therapist_id)
);
CREATE INDEX booking_therapist_practice_idx ON booking_therapist (practice_id);

-- Weekly consultation hours in the therapist's zone (day_of_week 1 = Monday).
CREATE TABLE booking_weekly_hours (
  id           UUID NOT NULL,
  practice_id  UUID NOT NULL,
  therapist_id UUID NOT NULL,
  day_of_week  INT NOT NULL,
  starts_at    TIME NOT NULL,
  ends_at      TIME NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX booking_weekly_hours_therapist_idx ON booking_weekly_hours (therapist_id);

-- A day off (available = false, times null: the whole day) or extra hours on one date.
CREATE TABLE booking_exception (
  id           UUID NOT NULL,
  practice_id  UUID NOT NULL,
  therapist_id UUID NOT NULL,
  on_date      DATE NOT NULL,
  starts_at    TIME,
  ends_at      TIME,
  available    BOOLEAN NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX booking_exception_therapist_idx ON booking_exception (therapist_id, on_date);

-- One consultation. active_start equals starts_at while the booking holds its slot and is NULL once
-- cancelled: the unique constraint on (therapist_id, active_start) is what makes double booking
-- impossible, on every node, on H2 and PostgreSQL alike (both allow many NULLs in a unique key).
CREATE TABLE booking (
  id                UUID NOT NULL,
  practice_id       UUID NOT NULL,
  therapist_id      UUID NOT NULL,
  starts_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  active_start      TIMESTAMP WITH TIME ZONE,
  visitor_zone      VARCHAR(64) NOT NULL,
  status            VARCHAR(16) NOT NULL,
  name              TEXT NOT NULL,
  email             TEXT NOT NULL,
  email_hash        VARCHAR(64) NOT NULL,
  phone             TEXT,
  contact_by        VARCHAR(10) NOT NULL,
  reason            TEXT,
  safety_concern    BOOLEAN NOT NULL,
  prospect_id       UUID,
  alert_id          UUID,
  sequence          INT NOT NULL,
  manage_token_hash VARCHAR(64) NOT NULL,
  idempotency_key   VARCHAR(100),
  therapist_message TEXT,
  remote_addr       VARCHAR(64),
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT booking_slot_uk UNIQUE (therapist_id, active_start),
  CONSTRAINT booking_token_uk UNIQUE (manage_token_hash),
  CONSTRAINT booking_idempotency_uk UNIQUE (practice_id, idempotency_key)
);
CREATE INDEX booking_practice_start_idx ON booking (practice_id, starts_at);
CREATE INDEX booking_email_created_idx ON booking (email_hash, created_at);
