package app.tandem.safety.alert;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.crypto.FieldCipher;
import app.tandem.safety.AlertOutcome;
import app.tandem.safety.AlertStatus;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for alerts, their signals and chains; encrypts free text on the way in, decrypts on the way out. */
@Repository
class AlertRepository {

    private static final String ALERT_COLUMNS = "id, practice_id, client_id, level, status, source_kind, "
            + "source_reference, source_label, excerpt, raised_at, level_raised_at, escalation_round, escalation_step, "
            + "deadline, acknowledged_at, acknowledged_by, outcome, outcome_reason, outcome_note";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    AlertRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Serialises alert changes for one client until the caller's transaction ends. */
    void lockClient(UserId client, PracticeId practice) {
        jdbc.sql("INSERT INTO safety_alert_client_lock (client_id, practice_id) VALUES (:client, :practice) "
                        + "ON CONFLICT DO NOTHING")
                .param("client", client.value())
                .param("practice", practice.value())
                .update();
        jdbc.sql("SELECT client_id FROM safety_alert_client_lock WHERE client_id = :client FOR UPDATE")
                .param("client", client.value())
                .query(UUID.class)
                .single();
    }

    Optional<AlertRow> openForClient(UserId client) {
        return jdbc.sql("SELECT " + ALERT_COLUMNS + " FROM safety_alert WHERE client_id = :client AND status = 'OPEN' "
                        + "ORDER BY raised_at LIMIT 1")
                .param("client", client.value())
                .query(this::alert)
                .optional();
    }

    Optional<AlertRow> find(UUID id) {
        return jdbc.sql("SELECT " + ALERT_COLUMNS + " FROM safety_alert WHERE id = :id")
                .param("id", id)
                .query(this::alert)
                .optional();
    }

    /** The alert, row-locked until the caller's transaction ends. */
    Optional<AlertRow> lock(UUID id) {
        return jdbc.sql("SELECT " + ALERT_COLUMNS + " FROM safety_alert WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(this::alert)
                .optional();
    }

    List<AlertRow> openForClients(Collection<UserId> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + ALERT_COLUMNS
                        + " FROM safety_alert WHERE status = 'OPEN' AND client_id IN (:clients)")
                .param("clients", clients.stream().map(UserId::value).toList())
                .query(this::alert)
                .list();
    }

    /** Open alerts of the practice that {@code person} was told about (e.g. as cover or admin). */
    List<AlertRow> openToldTo(PracticeId practice, UserId person) {
        return jdbc.sql("SELECT " + ALERT_COLUMNS
                        + " FROM safety_alert WHERE status = 'OPEN' AND practice_id = :practice "
                        + "AND id IN (SELECT alert_id FROM safety_alert_chain WHERE person_id = :person "
                        + "AND kind = 'NOTIFIED')")
                .param("practice", practice.value())
                .param("person", person.value())
                .query(this::alert)
                .list();
    }

    List<AlertRow> openInPractice(PracticeId practice) {
        return jdbc.sql("SELECT " + ALERT_COLUMNS
                        + " FROM safety_alert WHERE status = 'OPEN' AND practice_id = :practice "
                        + "ORDER BY raised_at")
                .param("practice", practice.value())
                .query(this::alert)
                .list();
    }

    /** The client's open alerts and those raised since {@code since}, newest first. */
    List<AlertRow> recentForClient(UserId client, Instant since, int limit) {
        return jdbc.sql("SELECT " + ALERT_COLUMNS + " FROM safety_alert WHERE client_id = :client "
                        + "AND (status = 'OPEN' OR raised_at >= :since) ORDER BY raised_at DESC LIMIT :limit")
                .param("client", client.value())
                .param("since", utc(since))
                .param("limit", limit)
                .query(this::alert)
                .list();
    }

    void insert(AlertRow a) {
        jdbc.sql("INSERT INTO safety_alert (" + ALERT_COLUMNS + ") VALUES (:id, :practice, :client, :level, :status, "
                        + ":kind, :reference, :label, :excerpt, :raisedAt, :levelRaisedAt, :round, :step, :deadline, "
                        + "NULL, NULL, NULL, NULL, NULL)")
                .param("id", a.id())
                .param("practice", a.practiceId().value())
                .param("client", a.clientId().value())
                .param("level", a.level().name())
                .param("status", a.status().name())
                .param("kind", a.sourceKind())
                .param("reference", a.sourceReference())
                .param("label", a.sourceLabel())
                .param("excerpt", cipher.encrypt(a.excerpt()))
                .param("raisedAt", utc(a.raisedAt()))
                .param("levelRaisedAt", utc(a.levelRaisedAt()))
                .param("round", a.round())
                .param("step", a.step())
                .param("deadline", utc(a.deadline()))
                .update();
    }

    /** A more urgent signal: new level and source, escalation restarted in a new round. */
    void raiseLevel(
            UUID id,
            RiskLevel level,
            String kind,
            String reference,
            String label,
            String excerpt,
            Instant at,
            int round,
            Instant deadline) {
        jdbc.sql("UPDATE safety_alert SET level = :level, source_kind = :kind, source_reference = :reference, "
                        + "source_label = :label, excerpt = :excerpt, level_raised_at = :at, escalation_round = :round, "
                        + "escalation_step = 0, deadline = :deadline WHERE id = :id")
                .param("level", level.name())
                .param("kind", kind)
                .param("reference", reference)
                .param("label", label)
                .param("excerpt", cipher.encrypt(excerpt))
                .param("at", utc(at))
                .param("round", round)
                .param("deadline", utc(deadline))
                .param("id", id)
                .update();
    }

    void moveToStep(UUID id, int step, Instant deadline) {
        jdbc.sql("UPDATE safety_alert SET escalation_step = :step, deadline = :deadline WHERE id = :id")
                .param("step", step)
                .param("deadline", utc(deadline))
                .param("id", id)
                .update();
    }

    void acknowledge(UUID id, UserId by, Instant at, AlertOutcome outcome, String reason, String note) {
        jdbc.sql("UPDATE safety_alert SET status = 'ACKNOWLEDGED', acknowledged_at = :at, acknowledged_by = :by, "
                        + "outcome = :outcome, outcome_reason = :reason, outcome_note = :note WHERE id = :id")
                .param("at", utc(at))
                .param("by", by.value())
                .param("outcome", outcome.name())
                .param("reason", cipher.encrypt(reason))
                .param("note", cipher.encrypt(note))
                .param("id", id)
                .update();
    }

    void insertSignal(SignalRow s, PracticeId practice, UserId client) {
        jdbc.sql(
                        "INSERT INTO safety_alert_signal (id, alert_id, practice_id, client_id, level, source_kind, "
                                + "source_reference, source_label, private_entry, excerpt, reasons, received_at) VALUES (:id, "
                                + ":alert, :practice, :client, :level, :kind, :reference, :label, :private, :excerpt, :reasons, :at)")
                .param("id", s.id())
                .param("alert", s.alertId())
                .param("practice", practice.value())
                .param("client", client.value())
                .param("level", s.level().name())
                .param("kind", s.sourceKind())
                .param("reference", s.sourceReference())
                .param("label", s.sourceLabel())
                .param("private", s.privateEntry())
                .param("excerpt", cipher.encrypt(s.excerpt()))
                .param("reasons", cipher.encrypt(String.join("\n", s.reasons())))
                .param("at", utc(s.receivedAt()))
                .update();
    }

    List<SignalRow> signals(UUID alertId) {
        return jdbc.sql("SELECT id, alert_id, level, source_kind, source_reference, source_label, private_entry, "
                        + "excerpt, reasons, received_at FROM safety_alert_signal WHERE alert_id = :alert "
                        + "ORDER BY received_at, id")
                .param("alert", alertId)
                .query((rs, n) -> new SignalRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("alert_id", UUID.class),
                        RiskLevel.valueOf(rs.getString("level")),
                        rs.getString("source_kind"),
                        rs.getString("source_reference"),
                        rs.getString("source_label"),
                        rs.getBoolean("private_entry"),
                        cipher.decrypt(rs.getString("excerpt")),
                        lines(cipher.decrypt(rs.getString("reasons"))),
                        instant(rs, "received_at")))
                .list();
    }

    void appendChain(AlertRow alert, Instant at, NewChainEntry entry) {
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM safety_alert_chain WHERE alert_id = :alert")
                .param("alert", alert.id())
                .query(Integer.class)
                .single();
        jdbc.sql(
                        "INSERT INTO safety_alert_chain (id, alert_id, practice_id, client_id, seq, at, kind, step, person_id, "
                                + "channel, email_id, detail) VALUES (:id, :alert, :practice, :client, :seq, :at, :kind, :step, "
                                + ":person, :channel, :email, :detail)")
                .param("id", UUID.randomUUID())
                .param("alert", alert.id())
                .param("practice", alert.practiceId().value())
                .param("client", alert.clientId().value())
                .param("seq", seq)
                .param("at", utc(at))
                .param("kind", entry.kind().name())
                .param("step", entry.step())
                .param(
                        "person",
                        entry.personId() == null ? null : entry.personId().value())
                .param("channel", entry.channel())
                .param("email", entry.emailId())
                .param("detail", entry.detail())
                .update();
    }

    List<ChainEntry> chain(UUID alertId) {
        return jdbc.sql("SELECT id, seq, at, kind, step, person_id, channel, email_id, detail FROM safety_alert_chain "
                        + "WHERE alert_id = :alert ORDER BY seq")
                .param("alert", alertId)
                .query((rs, n) -> new ChainEntry(
                        rs.getObject("id", UUID.class),
                        rs.getInt("seq"),
                        instant(rs, "at"),
                        ChainKind.valueOf(rs.getString("kind")),
                        rs.getInt("step"),
                        userId(rs, "person_id"),
                        rs.getString("channel"),
                        rs.getObject("email_id", UUID.class),
                        rs.getString("detail")))
                .list();
    }

    private AlertRow alert(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new AlertRow(
                rs.getObject("id", UUID.class),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                new UserId(rs.getObject("client_id", UUID.class)),
                RiskLevel.valueOf(rs.getString("level")),
                AlertStatus.valueOf(rs.getString("status")),
                rs.getString("source_kind"),
                rs.getString("source_reference"),
                rs.getString("source_label"),
                cipher.decrypt(rs.getString("excerpt")),
                instant(rs, "raised_at"),
                instant(rs, "level_raised_at"),
                rs.getInt("escalation_round"),
                rs.getInt("escalation_step"),
                instant(rs, "deadline"),
                instant(rs, "acknowledged_at"),
                userId(rs, "acknowledged_by"),
                outcome == null ? null : AlertOutcome.valueOf(outcome),
                cipher.decrypt(rs.getString("outcome_reason")),
                cipher.decrypt(rs.getString("outcome_note")));
    }

    private static UserId userId(ResultSet rs, String column) throws SQLException {
        UUID value = rs.getObject(column, UUID.class);
        return value == null ? null : new UserId(value);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
