package app.tandem.audit.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.audit.ChainBreak;
import app.tandem.audit.ChainStatus;
import app.tandem.shared.PracticeId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the outcome of each verification run, so the admin page can show the last one. */
@Repository
public class VerificationLog {

    private final JdbcClient jdbc;

    VerificationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void record(ChainStatus status) {
        ChainBreak broken = status.firstBreak();
        jdbc.sql("""
                INSERT INTO audit_verification (id, practice_id, checked_at, rows_checked, head_seq, broken_seq, reason,
                unsealed_rows, oldest_unsealed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        status.practice().value(),
                        utc(status.checkedAt()),
                        status.rowsChecked(),
                        status.headSeq(),
                        broken == null ? null : broken.seq(),
                        broken == null ? null : broken.reason().name(),
                        status.unsealedRows(),
                        utc(status.oldestUnsealedAt()))
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<ChainStatus> last(PracticeId practice) {
        return jdbc.sql("""
                SELECT checked_at, rows_checked, head_seq, broken_seq, reason, unsealed_rows, oldest_unsealed_at
                FROM audit_verification
                WHERE practice_id = ? ORDER BY checked_at DESC LIMIT 1""")
                .param(practice.value())
                .query((rs, n) -> {
                    String reason = rs.getString("reason");
                    ChainBreak broken = reason == null
                            ? null
                            : new ChainBreak(rs.getLong("broken_seq"), ChainBreak.Reason.valueOf(reason));
                    return new ChainStatus(
                            practice,
                            rs.getLong("rows_checked"),
                            rs.getLong("head_seq"),
                            broken,
                            instant(rs, "checked_at"),
                            rs.getLong("unsealed_rows"),
                            instant(rs, "oldest_unsealed_at"));
                })
                .optional();
    }
}
