-- Answers to Tandem's own follow-up questions after a risk signal. A null answer was skipped.
CREATE TABLE safety_follow_up (
  id              UUID PRIMARY KEY,
  practice_id     UUID NOT NULL,
  client_id       UUID NOT NULL,
  alert_id        UUID,
  wish_dead       BOOLEAN,
  thoughts        BOOLEAN,
  method          BOOLEAN,
  intent          BOOLEAN,
  plan            BOOLEAN,
  behaviour       BOOLEAN,
  behaviour_when  VARCHAR(20),
  level           VARCHAR(10) NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  submit_token    VARCHAR(36) NOT NULL,
  CONSTRAINT safety_follow_up_token_uq UNIQUE (client_id, submit_token)
);
CREATE INDEX safety_follow_up_client_idx ON safety_follow_up (client_id, created_at);
