-- "Before each session" assignments: recurrence BEFORE_SESSION (14 characters) needs a wider column. Its occurrences
-- come from the client's sessions (appointment module); window_days is stored as 2 for it and not otherwise used.
ALTER TABLE measure_assignment ALTER COLUMN recurrence SET DATA TYPE VARCHAR(20);
