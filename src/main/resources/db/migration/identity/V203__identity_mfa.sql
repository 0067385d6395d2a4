-- Two-step sign-in: one TOTP secret per person (encrypted with the field cipher), switched on only
-- after a code confirmed it; the last accepted time step stops a code being used twice.
CREATE TABLE user_totp (
  user_id       UUID PRIMARY KEY REFERENCES app_user (id),
  secret        VARCHAR(1000) NOT NULL,
  enabled       BOOLEAN NOT NULL DEFAULT FALSE,
  last_step     BIGINT,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  confirmed_at  TIMESTAMP WITH TIME ZONE
);

-- Recovery codes, stored as salted SHA-256 hashes; each can be used once.
CREATE TABLE user_recovery_code (
  id         UUID PRIMARY KEY,
  user_id    UUID NOT NULL REFERENCES app_user (id),
  code_hash  VARCHAR(200) NOT NULL,
  used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX user_recovery_code_user_idx ON user_recovery_code (user_id);
