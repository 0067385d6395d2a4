-- The safety plan, one row per saved version (the newest is the plan). content is a FieldCipher
-- value holding the sections as JSON; changed_sections lists section keys only (no content).
CREATE TABLE safety_plan_version (
  id               UUID PRIMARY KEY,
  practice_id      UUID NOT NULL,
  client_id        UUID NOT NULL,
  version          INT NOT NULL,
  author_id        UUID NOT NULL,
  author_role      VARCHAR(20) NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_sections VARCHAR(300) NOT NULL,
  content          TEXT NOT NULL,
  submit_token     VARCHAR(36) NOT NULL,
  CONSTRAINT safety_plan_version_uq UNIQUE (client_id, version),
  CONSTRAINT safety_plan_version_token_uq UNIQUE (client_id, submit_token)
);

-- The client's choice whether their care team may see that they opened their plan (no row = yes).
CREATE TABLE safety_plan_setting (
  client_id        UUID PRIMARY KEY,
  practice_id      UUID NOT NULL,
  share_opened     BOOLEAN NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
