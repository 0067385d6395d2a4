-- Notifications: the in-app notification centre, the outbox of emails and the development mailbox.
-- None of these ever hold clinical content: texts are fixed per kind or written by account flows.

CREATE TABLE notification (
  id          UUID PRIMARY KEY,
  practice_id UUID NOT NULL,
  user_id     UUID NOT NULL,
  kind        VARCHAR(40) NOT NULL,
  link        VARCHAR(500) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_user_created_idx ON notification (user_id, created_at);
CREATE INDEX notification_user_read_idx ON notification (user_id, read_at);

-- PENDING rows are claimed by a dispatcher (claim_token, next_attempt_at moved to the end of the
-- lease), sent, then marked SENT, retried later or FAILED. The body is cleared once the row is done
-- because account emails carry one-time links.
CREATE TABLE outbound_email (
  id              UUID PRIMARY KEY,
  practice_id     UUID,
  reference       VARCHAR(200),
  to_address      VARCHAR(320) NOT NULL,
  subject         VARCHAR(300) NOT NULL,
  body            TEXT NOT NULL,
  status          VARCHAR(10) NOT NULL,
  attempts        INT NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
  claim_token     VARCHAR(36),
  last_error      VARCHAR(200),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbound_email_due_idx ON outbound_email (status, next_attempt_at);
CREATE INDEX outbound_email_reference_idx ON outbound_email (reference);

-- Where emails go when no SMTP host is configured (development and offline demos).
CREATE TABLE dev_mailbox (
  id           UUID PRIMARY KEY,
  email_id     UUID NOT NULL,
  to_address   VARCHAR(320) NOT NULL,
  subject      VARCHAR(300) NOT NULL,
  body         TEXT NOT NULL,
  delivered_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dev_mailbox_delivered_idx ON dev_mailbox (delivered_at);
