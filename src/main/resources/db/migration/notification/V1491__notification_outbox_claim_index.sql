-- A dispatch round reads back the rows it has just claimed by their claim token. Without an index that read scanned
-- every PENDING row: 130 ms a round of 20 with 50,000 reminder emails queued (bench/reminders), so a burst of
-- emails drained ever more slowly. Only in-flight rows carry a token; done rows have it cleared.
CREATE INDEX outbound_email_claim_idx ON outbound_email (claim_token);
