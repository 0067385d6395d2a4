-- Accounts, invitations, consents, password resets and API tokens.

CREATE TABLE app_user (
  id                   UUID PRIMARY KEY,
  practice_id          UUID NOT NULL,
  email                VARCHAR(320) NOT NULL,
  display_name         VARCHAR(200) NOT NULL,
  password_hash        VARCHAR(200),
  roles                VARCHAR(60) NOT NULL,
  primary_therapist_id UUID,
  time_zone            VARCHAR(64) NOT NULL,
  enabled              BOOLEAN NOT NULL DEFAULT TRUE,
  failed_logins        INT NOT NULL DEFAULT 0,
  locked_until         TIMESTAMP WITH TIME ZONE,
  idle_minutes         INT,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  last_login_at        TIMESTAMP WITH TIME ZONE,
  CONSTRAINT app_user_email_uk UNIQUE (email)
);
CREATE INDEX app_user_practice_idx ON app_user (practice_id);
CREATE INDEX app_user_therapist_idx ON app_user (primary_therapist_id);

-- Extra care relationships beyond the primary therapist (e.g. cover while on call), each with an end.
CREATE TABLE care_team_member (
  id           UUID PRIMARY KEY,
  practice_id  UUID NOT NULL,
  client_id    UUID NOT NULL REFERENCES app_user (id),
  therapist_id UUID NOT NULL REFERENCES app_user (id),
  reason       VARCHAR(40) NOT NULL,
  starts_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX care_team_member_therapist_idx ON care_team_member (therapist_id, client_id);

CREATE TABLE invitation (
  id                   UUID PRIMARY KEY,
  practice_id          UUID NOT NULL,
  email                VARCHAR(320) NOT NULL,
  display_name         VARCHAR(200) NOT NULL,
  roles                VARCHAR(60) NOT NULL,
  primary_therapist_id UUID,
  invited_by           UUID NOT NULL REFERENCES app_user (id),
  token_hash           VARCHAR(64) NOT NULL,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  accepted_at          TIMESTAMP WITH TIME ZONE,
  revoked_at           TIMESTAMP WITH TIME ZONE,
  CONSTRAINT invitation_token_uk UNIQUE (token_hash)
);
CREATE INDEX invitation_practice_idx ON invitation (practice_id, created_at);

CREATE TABLE consent (
  id            UUID PRIMARY KEY,
  practice_id   UUID NOT NULL,
  user_id       UUID NOT NULL REFERENCES app_user (id),
  terms_version VARCHAR(20) NOT NULL,
  accepted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  remote_addr   VARCHAR(64)
);
CREATE INDEX consent_user_idx ON consent (user_id);

CREATE TABLE password_reset (
  id          UUID PRIMARY KEY,
  user_id     UUID NOT NULL REFERENCES app_user (id),
  token_hash  VARCHAR(64) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE,
  CONSTRAINT password_reset_token_uk UNIQUE (token_hash)
);

CREATE TABLE api_token (
  id           UUID PRIMARY KEY,
  user_id      UUID NOT NULL REFERENCES app_user (id),
  practice_id  UUID NOT NULL,
  label        VARCHAR(100) NOT NULL,
  token_hash   VARCHAR(64) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at   TIMESTAMP WITH TIME ZONE,
  last_used_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT api_token_hash_uk UNIQUE (token_hash)
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
