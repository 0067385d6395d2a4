package app.tandem.measure;

import app.tandem.shared.UserId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the risk signals the safety net received for a client (test helper; the safety module owns the table). */
final class Signals {

    record Signal(String level, String kind, String reference, String label) {}

    private Signals() {}

    static List<Signal> of(JdbcClient jdbc, UserId client) {
        return jdbc.sql("SELECT level, source_kind, source_reference, source_label FROM safety_alert_signal "
                        + "WHERE client_id = ? ORDER BY received_at")
                .param(client.value())
                .query((rs, n) -> new Signal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
