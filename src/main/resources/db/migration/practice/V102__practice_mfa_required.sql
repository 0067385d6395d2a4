-- When true, therapists and admins of the practice must use two-step sign-in (clients may opt in).
ALTER TABLE practice ADD COLUMN mfa_required BOOLEAN NOT NULL DEFAULT FALSE;
