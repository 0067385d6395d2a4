-- Hash version of each audit event: 1 = plain SHA-256 (rows written before keyed chains), 2 = HMAC-SHA256
-- with the audit key, which a database-only attacker does not have and so cannot re-hash a rewritten
-- chain. Once a chain has a version-2 row, every later row must be version 2 too.
ALTER TABLE audit_event ADD COLUMN hash_version SMALLINT DEFAULT 1 NOT NULL;
