-- The client's journal: private by default, shared with the therapist entry by entry.
-- Title and body are FieldCipher values. submit_token makes a double tap save once.
CREATE TABLE safety_journal_entry (
  id           UUID PRIMARY KEY,
  practice_id  UUID NOT NULL,
  client_id    UUID NOT NULL,
  title        TEXT,
  body         TEXT NOT NULL,
  shared       BOOLEAN NOT NULL DEFAULT FALSE,
  shared_at    TIMESTAMP WITH TIME ZONE,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  submit_token VARCHAR(36) NOT NULL,
  CONSTRAINT safety_journal_entry_token_uq UNIQUE (client_id, submit_token)
);
CREATE INDEX safety_journal_entry_client_idx ON safety_journal_entry (client_id, created_at);
