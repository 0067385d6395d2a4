package app.tandem.safety.crisis;

import app.tandem.shared.UserId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the signals the real safety net recorded for a client, to check what the client part passed it. */
public final class RaisedSignals {

    /** One recorded signal. */
    public record Signal(
            String kind, String reference, String label, boolean privateEntry, String level, String reasons) {}

    private RaisedSignals() {}

    public static List<Signal> of(JdbcClient jdbc, UserId client) {
        return jdbc.sql("""
                SELECT source_kind, source_reference, source_label, private_entry, level, reasons
                FROM safety_alert_signal WHERE client_id = ? ORDER BY received_at, id""")
                .param(client.value())
                .query((rs, n) -> new Signal(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** The level of the client's open alert, or null when none is open. */
    public static String openAlertLevel(JdbcClient jdbc, UserId client) {
        return jdbc.sql("SELECT level FROM safety_alert WHERE client_id = ? AND status = 'OPEN'")
                .param(client.value())
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
