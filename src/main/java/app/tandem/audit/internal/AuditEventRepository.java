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

/** SQL for audit events and chain heads. Inserts only: the log is append-only. */
@Repository
public class AuditEventRepository {

    private static final String COLUMNS = """
            practice_id, seq, occurred_at, actor_id, actor_role, client_id, action, what, request_id, remote_addr,
            prev_hash, hash, hash_version""";

    private static final String INSERT =
            "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditEventRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public boolean headExists(PracticeId practice) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_chain_head WHERE practice_id = ?")
                        .param(practice.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Creates an empty chain; a no-op when another transaction created it first. */
    public void insertHeadIfAbsent(PracticeId practice, Instant now) {
        jdbc.sql("""
                INSERT INTO audit_chain_head (practice_id, last_seq, last_hash, updated_at) VALUES (?, 0, ?, ?)
                ON CONFLICT DO NOTHING""").params(practice.value(), AuditHash.GENESIS, utc(now)).update();
    }

    /** Reads and locks the head until the current transaction ends, serializing appends to this chain. */
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

    public void insert(AuditEntry e) {
        jdbc.sql(INSERT).params(values(e)).update();
    }

    /** Inserts the entries in one JDBC batch. */
    public void insertAll(List<AuditEntry> entries) {
        batch.batchUpdate(
                INSERT, entries.stream().map(AuditEventRepository::values).toList());
    }

    private static Object[] values(AuditEntry e) {
        AuditFacts f = e.facts();
        return new Object[] {
            e.practice().value(),
            e.seq(),
            utc(f.occurredAt()),
            f.actorId() == null ? null : f.actorId().value(),
            f.actorRole(),
            f.clientId().value(),
            f.action().name(),
            f.what(),
            f.requestId(),
            f.remoteAddr(),
            e.prevHash(),
            e.hash(),
            e.hashVersion()
        };
    }

    /** Up to {@code limit} rows with {@code afterSeq < seq <= upToSeq}, in chain order. */
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

    /** Every practice with a chain head or any audit event (an event without a head is itself a break). */
    /** The stored hash of one event, if it exists. */
    public Optional<String> hashAt(PracticeId practice, long seq) {
        return jdbc.sql("SELECT hash FROM audit_event WHERE practice_id = ? AND seq = ?")
                .params(practice.value(), seq)
                .query(String.class)
                .optional();
    }

    public List<PracticeId> practicesWithChains() {
        return jdbc.sql("""
                SELECT practice_id FROM audit_chain_head UNION SELECT DISTINCT practice_id FROM audit_event
                ORDER BY practice_id""")
                .query((rs, n) -> new PracticeId(rs.getObject(1, UUID.class)))
                .list();
    }

    /** A practice's events, newest first, below {@code beforeSeq}. */
    public List<AuditEntry> recent(PracticeId practice, long beforeSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM audit_event WHERE practice_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?")
                .params(practice.value(), beforeSeq, limit)
                .query(AuditEventRepository::entry)
                .list();
    }

    /** Reads of a client's data by anyone other than the client (system reads excluded), newest first. */
    public List<AuditEntry> readsByOthers(PracticeId practice, UserId client, long beforeSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                FROM audit_event WHERE practice_id = ? AND client_id = ? AND seq < ? AND action = 'READ'
                AND actor_id IS NOT NULL AND actor_id <> ? ORDER BY seq DESC LIMIT ?""")
                .params(practice.value(), client.value(), beforeSeq, client.value(), limit)
                .query(AuditEventRepository::entry)
                .list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        UUID actor = rs.getObject("actor_id", UUID.class);
        AuditFacts facts = new AuditFacts(
                instant(rs, "occurred_at"),
                actor == null ? null : new UserId(actor),
                rs.getString("actor_role"),
                new UserId(rs.getObject("client_id", UUID.class)),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("what"),
                rs.getString("request_id"),
                rs.getString("remote_addr"));
        return new AuditEntry(
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                rs.getLong("seq"),
                facts,
                rs.getString("prev_hash"),
                rs.getString("hash"),
                rs.getInt("hash_version"));
    }
}
