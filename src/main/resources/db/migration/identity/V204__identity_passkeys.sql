-- Passkeys (WebAuthn), in the tables Spring Security's JDBC repositories read and write, so every node
-- sees every passkey. Adapted from Spring Security's shipped schema: BYTEA for both databases (H2 reads
-- it as VARBINARY), times with their zone.

-- One WebAuthn user handle per person: name is the person's id (app_user.id as text), id the random handle
-- the authenticator stores and returns at sign-in.
CREATE TABLE user_entities (
  id            VARCHAR(1000) PRIMARY KEY,
  name          VARCHAR(100) NOT NULL,
  display_name  VARCHAR(200)
);
CREATE UNIQUE INDEX user_entities_name_idx ON user_entities (name);

-- One row per passkey: the public key, the signature counter and the label the person gave it.
CREATE TABLE user_credentials (
  credential_id                 VARCHAR(1000) PRIMARY KEY,
  user_entity_user_id           VARCHAR(1000) NOT NULL REFERENCES user_entities (id),
  public_key                    BYTEA NOT NULL,
  signature_count               BIGINT,
  uv_initialized                BOOLEAN,
  backup_eligible               BOOLEAN NOT NULL,
  authenticator_transports      VARCHAR(1000),
  public_key_credential_type    VARCHAR(100),
  backup_state                  BOOLEAN NOT NULL,
  attestation_object            BYTEA,
  attestation_client_data_json  BYTEA,
  created                       TIMESTAMP WITH TIME ZONE,
  last_used                     TIMESTAMP WITH TIME ZONE,
  label                         VARCHAR(1000) NOT NULL
);
CREATE INDEX user_credentials_user_idx ON user_credentials (user_entity_user_id);
