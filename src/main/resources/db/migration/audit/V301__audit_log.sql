-- Append-only, hash-chained record of reads and writes of clients' clinical data.
-- One chain per practice: an event is identified by (practice_id, seq), where seq counts 1, 2, 3 ...
-- within the practice with no gaps. seq is assigned from audit_chain_head while that row is locked
-- (SELECT ... FOR UPDATE), so appends from several nodes are serialized per practice, and a rolled-back
-- append rolls back the head too (a database sequence would leave gaps and make deletions undetectable).
-- The application never updates or deletes rows here; in production grant the application role only
-- SELECT and INSERT on audit_event.

CREATE TABLE audit_event (
  practice_id  UUID NOT NULL,
  seq          BIGINT NOT NULL,
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id     UUID,
  actor_role   VARCHAR(20) NOT NULL,
  client_id    UUID NOT NULL,
  action       VARCHAR(10) NOT NULL,
  what         VARCHAR(60) NOT NULL,
  request_id   VARCHAR(64),
  remote_addr  VARCHAR(64),
  prev_hash    VARCHAR(64) NOT NULL,
  hash         VARCHAR(64) NOT NULL,
  -- action is READ or WRITE. No CHECK constraint: on H2 2.4.240 a CHECK comparing a column with string
  -- literals turns "invalid" (rejecting every insert) once the session that created it has closed.
  CONSTRAINT audit_event_pk PRIMARY KEY (practice_id, seq)
);
-- "Who has looked at my information": a client's events, newest first.
CREATE INDEX audit_event_client_idx ON audit_event (practice_id, client_id, seq);

-- The end of each practice's chain; locked by every append.
CREATE TABLE audit_chain_head (
  practice_id  UUID PRIMARY KEY,
  last_seq     BIGINT NOT NULL,
  last_hash    VARCHAR(64) NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Outcomes of chain verification runs (admin page and command line).
CREATE TABLE audit_verification (
  id            UUID PRIMARY KEY,
  practice_id   UUID NOT NULL,
  checked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  rows_checked  BIGINT NOT NULL,
  head_seq      BIGINT NOT NULL,
  broken_seq    BIGINT,
  reason        VARCHAR(30)
);
CREATE INDEX audit_verification_practice_idx ON audit_verification (practice_id, checked_at);
