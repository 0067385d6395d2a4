-- Coping toolbox. A use is one go at a technique with distress 0-10 (SUDS) before and after.
-- technique_id/technique_version name the definition used (a file under coping/ or a practice's own).
-- answers is FieldCipher-encrypted JSON of what the client typed; shared makes it visible to the
-- therapist. submission_key makes a submit idempotent ("form:<uuid>" or "api:<Idempotency-Key>", per
-- client); request_hash lets a replayed API key with a different body be refused.
CREATE TABLE coping_use (
  id                UUID PRIMARY KEY,
  practice_id       UUID NOT NULL,
  client_id         UUID NOT NULL,
  technique_id      VARCHAR(60) NOT NULL,
  technique_version VARCHAR(20) NOT NULL,
  variant           VARCHAR(40),
  distress_before   SMALLINT NOT NULL CHECK (distress_before BETWEEN 0 AND 10),
  distress_after    SMALLINT NOT NULL CHECK (distress_after BETWEEN 0 AND 10),
  duration_seconds  INTEGER NOT NULL CHECK (duration_seconds >= 0),
  completed         BOOLEAN NOT NULL,
  assigned          BOOLEAN NOT NULL DEFAULT FALSE,
  answers           TEXT,
  shared            BOOLEAN NOT NULL DEFAULT FALSE,
  safety_level      VARCHAR(10) NOT NULL,
  used_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  submission_key    VARCHAR(120) NOT NULL,
  request_hash      VARCHAR(64) NOT NULL,
  CONSTRAINT coping_use_submission_uq UNIQUE (client_id, submission_key)
);
CREATE INDEX coping_use_client_idx ON coping_use (client_id, used_at);
CREATE INDEX coping_use_practice_idx ON coping_use (practice_id, technique_id);

-- A technique a therapist pinned for a client ("try this when the evening panic starts").
CREATE TABLE coping_pin (
  practice_id  UUID NOT NULL,
  client_id    UUID NOT NULL,
  technique_id VARCHAR(60) NOT NULL,
  pinned_by    UUID NOT NULL,
  note         VARCHAR(300),
  pinned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (client_id, technique_id)
);

-- A practice's own technique: written by a therapist or admin, seen by clients once an admin approved it.
-- Steps are one per line. Not clinical data about a client.
CREATE TABLE coping_practice_technique (
  id           VARCHAR(60) PRIMARY KEY,
  practice_id  UUID NOT NULL,
  title        VARCHAR(120) NOT NULL,
  purpose      VARCHAR(300) NOT NULL,
  steps        VARCHAR(4000) NOT NULL,
  minutes      SMALLINT NOT NULL,
  status       VARCHAR(12) NOT NULL,
  version      INTEGER NOT NULL,
  written_by   UUID NOT NULL,
  reviewed_by  UUID,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  reviewed_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX coping_practice_technique_idx ON coping_practice_technique (practice_id, status);
