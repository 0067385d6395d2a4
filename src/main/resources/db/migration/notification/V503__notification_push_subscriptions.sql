-- Web Push (ADR 0027). The VAPID key pair is generated on first start and shared by every node through this
-- table: the private key is FieldCipher-encrypted (re-encrypted on key rotation), the public key is plain (browsers
-- get it anyway). One row, id 'vapid'.
CREATE TABLE push_vapid_key (
  id          VARCHAR(20) PRIMARY KEY,
  public_key  VARCHAR(100) NOT NULL,
  private_key TEXT NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One browser (device) that may receive pushes for an account: what PushSubscription.toJSON() gave, stored plain.
-- They are not clinical, and only this server's VAPID key may push to them (the browser subscribed with it), so
-- they are useless without that key. A push service answering 404/410 deletes the row.
CREATE TABLE push_subscription (
  id              UUID PRIMARY KEY,
  practice_id     UUID NOT NULL,
  user_id         UUID NOT NULL,
  endpoint        VARCHAR(1000) NOT NULL,
  p256dh          VARCHAR(100) NOT NULL,
  auth            VARCHAR(40) NOT NULL,
  device_label    VARCHAR(60) NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  last_success_at TIMESTAMP WITH TIME ZONE,
  last_failure_at TIMESTAMP WITH TIME ZONE,
  last_failure    VARCHAR(60),
  CONSTRAINT push_subscription_endpoint_uq UNIQUE (endpoint)
);
CREATE INDEX push_subscription_user_idx ON push_subscription (user_id, created_at);

-- The push outbox: one row per notification and subscription, written in the notifying transaction. Claimed like
-- outbound_email (FOR UPDATE SKIP LOCKED, then claim_token and next_attempt_at moved to the end of a lease); a row
-- is deleted once its push is accepted, refused for good, or its subscription is gone. The payload is the fixed,
-- content-free text of the notification's kind (JSON: title, body, url).
CREATE TABLE push_delivery (
  id              UUID PRIMARY KEY,
  subscription_id UUID NOT NULL REFERENCES push_subscription (id) ON DELETE CASCADE,
  payload         VARCHAR(1000) NOT NULL,
  urgency         VARCHAR(10) NOT NULL,
  attempts        INT NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
  claim_token     VARCHAR(36),
  last_error      VARCHAR(200),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX push_delivery_due_idx ON push_delivery (next_attempt_at);
CREATE INDEX push_delivery_subscription_idx ON push_delivery (subscription_id);
