-- Failed sign-ins and reset requests counted per key (a hash of "scope:email|address"), shared by every
-- node. Replaces the per-account lock-out (app_user.failed_logins/locked_until are no longer used).
CREATE TABLE attempt_limit (
  key_hash      VARCHAR(64) PRIMARY KEY,
  attempts      INT NOT NULL,
  blocked_until TIMESTAMP WITH TIME ZONE,
  last_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attempt_limit_last_idx ON attempt_limit (last_at);
