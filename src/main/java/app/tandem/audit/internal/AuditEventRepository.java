package app.tandem.audit.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for audit events and chain heads. Requests only insert (unsealed rows); the only update is the
 * sealer's, which fills in seq, prev_hash and hash once, on rows that have none yet.
 */
@Repository
public class AuditEventRepository {

    private static final String FACTS =
            "occurred_at, actor_id, actor_role, client_id, action, what, request_id, remote_addr";

    private static final String COLUMNS = "practice_id, seq, " + FACTS + ", prev_hash, hash, hash_version";

    private static final String INSERT_UNSEALED =
            "INSERT INTO audit_event (practice_id, " + FACTS + ", hash_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditEventRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Inserts one event without a place in the chain yet; the sealer gives it one. */
    public void insertUnsealed(PracticeId practice, AuditFacts facts) {
        jdbc.sql(INSERT_UNSEALED).params(values(practice, facts)).update();
    }

    /** Inserts unsealed events in one JDBC batch. */
    public void insertAllUnsealed(PracticeId practice, List<AuditFacts> facts) {
        batch.batchUpdate(
                INSERT_UNSEALED, facts.stream().map(f -> values(practice, f)).toList());
    }

    private static Object[] values(PracticeId practice, AuditFacts f) {
        return new Object[] {
            practice.value(),
            utc(f.occurredAt()),
            f.actorId() == null ? null : f.actorId().value(),
            f.actorRole(),
            f.clientId().value(),
            f.action().name(),
            f.what(),
            f.requestId(),
            f.remoteAddr(),
            AuditHash.KEYED
        };
    }

    /** Creates an empty chain in the current transaction; a no-op when it exists (no error, even on PostgreSQL). */
    public void insertHeadIfAbsent(PracticeId practice, Instant now) {
        jdbc.sql("""
                INSERT INTO audit_chain_head (practice_id, last_seq, last_hash, updated_at) VALUES (?, 0, ?, ?)
                ON CONFLICT DO NOTHING""").params(practice.value(), AuditHash.GENESIS, utc(now)).update();
    }

    /** Reads and locks the head until the current transaction ends, serializing sealers of this chain. */
    public ChainHead lockHead(PracticeId practice) {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE practice_id = ? FOR UPDATE")
                .param(practice.value())
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
    }

    public Optional<ChainHead> findHead(PracticeId practice) {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE practice_id = ?")
                .param(practice.value())
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    public void advanceHead(PracticeId practice, long seq, String hash, Instant now) {
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, updated_at = ? WHERE practice_id = ?")
                .params(seq, hash, utc(now), practice.value())
                .update();
    }

    /** Practices with rows waiting to be sealed. */
    public List<PracticeId> practicesWithUnsealed() {
        return jdbc.sql("SELECT DISTINCT practice_id FROM audit_event WHERE seq IS NULL ORDER BY practice_id")
                .query((rs, n) -> new PracticeId(rs.getObject(1, UUID.class)))
                .list();
    }

    /**
     * Up to {@code limit} committed unsealed rows of the practice, in insertion order. The ORDER BY names the columns
     * of the unsealed index (seq, practice_id, id), all but id fixed by the WHERE, so the database reads the first rows
     * of the index in order and stops at the limit: ordered by id alone, PostgreSQL read and sorted every unsealed row
     * (2.5 s a batch with 200,000 waiting).
     */
    public List<UnsealedRow> unsealed(PracticeId practice, int limit) {
        return jdbc.sql("SELECT id, " + FACTS + " FROM audit_event WHERE seq IS NULL AND practice_id = ? "
                        + "ORDER BY seq, practice_id, id LIMIT ?")
                .params(practice.value(), limit)
                .query((rs, n) -> new UnsealedRow(rs.getLong("id"), facts(rs)))
                .list();
    }

    /** Gives rows their place in the chain, in one JDBC batch; returns how many rows were still unsealed. */
    public int seal(PracticeId practice, List<SealedRow> rows) {
        int[][] counts = batch.batchUpdate("""
                UPDATE audit_event SET seq = ?, prev_hash = ?, hash = ?, hash_version = ?
                WHERE practice_id = ? AND id = ? AND seq IS NULL""", rows, rows.size(), (ps, row) -> {
            ps.setLong(1, row.seq());
            ps.setString(2, row.prevHash());
            ps.setString(3, row.hash());
            ps.setInt(4, AuditHash.KEYED);
            ps.setObject(5, practice.value());
            ps.setLong(6, row.id());
        });
        int sealed = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                sealed += count;
            }
        }
        return sealed;
    }

    /** How many rows wait to be sealed, and since when, in one practice or (null) in all. */
    public Unsealed unsealedSummary(PracticeId practice) {
        String where = practice == null ? "" : " AND practice_id = ?";
        JdbcClient.StatementSpec sql =
                jdbc.sql("SELECT COUNT(*), MIN(occurred_at) FROM audit_event WHERE seq IS NULL" + where);
        if (practice != null) {
            sql = sql.param(practice.value());
        }
        return sql.query((rs, n) -> new Unsealed(rs.getLong(1), instant(rs, 2))).single();
    }

    /** Up to {@code limit} rows with {@code afterSeq < seq <= upToSeq}, in chain order (sealed rows only). */
    public List<AuditEntry> batch(PracticeId practice, long afterSeq, long upToSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                FROM audit_event WHERE practice_id = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?""")
                .params(practice.value(), afterSeq, upToSeq, limit)
                .query(AuditEventRepository::entry)
                .list();
    }

    public long highestSeq(PracticeId practice) {
        Long max = jdbc.sql("SELECT MAX(seq) FROM audit_event WHERE practice_id = ?")
                .param(practice.value())
                .query(Long.class)
                .optional()
                .orElse(null);
        return max == null ? 0 : max;
    }

    /** The stored hash of one event, if it exists. */
    public Optional<String> hashAt(PracticeId practice, long seq) {
        return jdbc.sql("SELECT hash FROM audit_event WHERE practice_id = ? AND seq = ?")
                .params(practice.value(), seq)
                .query(String.class)
                .optional();
    }

    /** Every practice with a chain head or any audit event (an event without a head is itself a break). */
    public List<PracticeId> practicesWithChains() {
        return jdbc.sql("""
                SELECT practice_id FROM audit_chain_head UNION SELECT DISTINCT practice_id FROM audit_event
                ORDER BY practice_id""")
                .query((rs, n) -> new PracticeId(rs.getObject(1, UUID.class)))
                .list();
    }

    /** A practice's events, sealed or not, newest first (by insertion), below {@code beforeId}. */
    public List<StoredEvent> recent(PracticeId practice, long beforeId, int limit) {
        return jdbc.sql("SELECT id, seq, " + FACTS
                        + " FROM audit_event WHERE practice_id = ? AND id < ? ORDER BY id DESC LIMIT ?")
                .params(practice.value(), beforeId, limit)
                .query(AuditEventRepository::stored)
                .list();
    }

    /**
     * Reads of a client's data by anyone other than the client (system reads excluded), sealed or not, newest
     * first (by insertion).
     */
    public List<StoredEvent> readsByOthers(PracticeId practice, UserId client, long beforeId, int limit) {
        return jdbc.sql("SELECT id, seq, " + FACTS + " " + """
                FROM audit_event WHERE practice_id = ? AND client_id = ? AND id < ? AND action = 'READ'
                AND actor_id IS NOT NULL AND actor_id <> ? ORDER BY id DESC LIMIT ?""")
                .params(practice.value(), client.value(), beforeId, client.value(), limit)
                .query(AuditEventRepository::stored)
                .list();
    }

    /** A row waiting for the sealer: its insertion id and what it says. */
    public record UnsealedRow(long id, AuditFacts facts) {}

    /** The place the sealer gives a row in the chain. */
    public record SealedRow(long id, long seq, String prevHash, String hash) {}

    /** Rows waiting to be sealed; {@code oldest} is null when there are none. */
    public record Unsealed(long rows, Instant oldest) {
        public static final Unsealed NONE = new Unsealed(0, null);
    }

    /** A row as the pages show it; {@code seq} is null until it is sealed. */
    public record StoredEvent(long id, Long seq, AuditFacts facts) {}

    private static StoredEvent stored(ResultSet rs, int row) throws SQLException {
        long seq = rs.getLong("seq");
        return new StoredEvent(rs.getLong("id"), rs.wasNull() ? null : seq, facts(rs));
    }

    private static AuditFacts facts(ResultSet rs) throws SQLException {
        UUID actor = rs.getObject("actor_id", UUID.class);
        return new AuditFacts(
                instant(rs, "occurred_at"),
                actor == null ? null : new UserId(actor),
                rs.getString("actor_role"),
                new UserId(rs.getObject("client_id", UUID.class)),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("what"),
                rs.getString("request_id"),
                rs.getString("remote_addr"));
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                rs.getLong("seq"),
                facts(rs),
                rs.getString("prev_hash"),
                rs.getString("hash"),
                rs.getInt("hash_version"));
    }
}
