-- An email may carry one iCalendar part (booking invites: METHOD REQUEST or CANCEL), cleared with the
-- body once the email is done. Numbered in the booking module's range (V10xx), which added it.
ALTER TABLE outbound_email ADD COLUMN calendar_method VARCHAR(10);
ALTER TABLE outbound_email ADD COLUMN calendar TEXT;
