-- A habit chooses its reminder channels: in the app always, by email and on the client's phones (Web Push) as the
-- client picks. Until now a reminder's email followed the account and remind_email was never read, so every existing
-- habit keeps the email it has been getting.
ALTER TABLE habit ADD COLUMN remind_push BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE habit SET remind_email = TRUE;
