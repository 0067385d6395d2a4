-- Spring Modulith's event publication registry is not used (ADR 0009): modules call each other's APIs
-- in the caller's transaction. Its table goes with the starter that filled it.
DROP INDEX IF EXISTS event_publication_by_listener_idx;
DROP INDEX IF EXISTS event_publication_by_completion_date_idx;
DROP TABLE IF EXISTS event_publication;
