package app.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.audit.internal.AuditHash;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Runs the command-line mode end to end against its own in-memory database. */
class AuditVerifyCommandTest {

    @Test
    void exitsZeroWhenIntactAndOneWhenAChainIsBroken() throws Exception {
        String url = "jdbc:h2:mem:audit-cli-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        String[] args = {
            AuditVerifyCommand.MODE,
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=sa",
            "--spring.datasource.password="
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(AuditVerifyCommand.run(
                        app.tandem.TandemApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("All audit chains intact.");

        UUID practice = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO audit_chain_head VALUES ('" + practice + "', 1, '" + "a".repeat(64)
                    + "', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO audit_event (practice_id, seq, occurred_at, actor_role, client_id, action, what,"
                    + " prev_hash, hash) VALUES ('" + practice + "', 1, CURRENT_TIMESTAMP, 'SYSTEM', '"
                    + UUID.randomUUID()
                    + "', 'READ', 'checkins', '" + AuditHash.GENESIS + "', '" + "a".repeat(64) + "')");
        }
        out.reset();

        assertThat(AuditVerifyCommand.run(
                        app.tandem.TandemApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isOne();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("practice " + practice + ": BROKEN at seq 1 (hash mismatch)")
                .contains("AUDIT CHAINS BROKEN");
    }
}
