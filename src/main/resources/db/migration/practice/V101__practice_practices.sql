-- Practices, their crisis resources and their on-call/backup rota.

CREATE TABLE practice (
  id                    UUID PRIMARY KEY,
  name                  VARCHAR(200) NOT NULL,
  slug                  VARCHAR(80) NOT NULL UNIQUE,
  time_zone             VARCHAR(64) NOT NULL,
  locale                VARCHAR(20) NOT NULL,
  phone                 VARCHAR(40),
  email                 VARCHAR(320),
  address               VARCHAR(400),
  terms_version         VARCHAR(20) NOT NULL,
  client_idle_minutes   INT NOT NULL,
  consultation_enabled  BOOLEAN NOT NULL DEFAULT FALSE,
  consultation_minutes  INT NOT NULL DEFAULT 15,
  business_hours_start  TIME NOT NULL DEFAULT TIME '09:00:00',
  business_hours_end    TIME NOT NULL DEFAULT TIME '17:00:00',
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE crisis_resource (
  id           UUID PRIMARY KEY,
  practice_id  UUID NOT NULL REFERENCES practice (id),
  position     INT NOT NULL,
  label        VARCHAR(120) NOT NULL,
  description  VARCHAR(400),
  call_number  VARCHAR(40),
  text_number  VARCHAR(40),
  text_body    VARCHAR(40),
  web_url      VARCHAR(400)
);
CREATE INDEX crisis_resource_practice_idx ON crisis_resource (practice_id, position);

-- A therapist on call for a window, or (no window) a standing backup in position order.
CREATE TABLE on_call_entry (
  id           UUID PRIMARY KEY,
  practice_id  UUID NOT NULL REFERENCES practice (id),
  therapist_id UUID NOT NULL,
  position     INT NOT NULL,
  starts_at    TIMESTAMP WITH TIME ZONE,
  ends_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX on_call_entry_practice_idx ON on_call_entry (practice_id, position);
