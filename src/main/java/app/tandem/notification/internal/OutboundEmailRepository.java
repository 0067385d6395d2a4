package app.tandem.notification.internal;

import app.tandem.notification.EmailDelivery;
import app.tandem.shared.PracticeId;
import app.tandem.shared.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the email outbox. */
@Repository
class OutboundEmailRepository {

    private final JdbcClient jdbc;
    private final OutboxLease lease;

    OutboundEmailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.lease = new OutboxLease(jdbc, "outbound_email", "status = 'PENDING'");
    }

    /** How senders claim due emails. */
    OutboxLease lease() {
        return lease;
    }

    void insert(UUID id, PracticeId practice, String reference, String to, String subject, String body, Instant now) {
        jdbc.sql("""
                INSERT INTO outbound_email (id, practice_id, reference, to_address, subject, body, status, attempts,
                                            next_attempt_at, created_at)
                VALUES (:id, :practice, :reference, :to, :subject, :body, 'PENDING', 0, :now, :now)""")
                .param("id", id)
                .param("practice", practice == null ? null : practice.value())
                .param("reference", reference)
                .param("to", to)
                .param("subject", subject)
                .param("body", body)
                .param("now", SqlTimes.utc(now))
                .update();
    }

    void attachCalendar(UUID id, String method, String calendar) {
        jdbc.sql("UPDATE outbound_email SET calendar_method = :method, calendar = :calendar WHERE id = :id")
                .param("method", method)
                .param("calendar", calendar)
                .param("id", id)
                .update();
    }

    List<OutboundEmail> claimedBy(String token) {
        return jdbc.sql("""
                SELECT id, to_address, subject, body, attempts, claim_token, calendar_method, calendar FROM outbound_email
                WHERE claim_token = :token AND status = 'PENDING'
                ORDER BY next_attempt_at, created_at""")
                .param("token", token)
                .query((rs, n) -> new OutboundEmail(
                        rs.getObject("id", UUID.class),
                        rs.getString("to_address"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getInt("attempts"),
                        rs.getString("claim_token"),
                        rs.getString("calendar_method"),
                        rs.getString("calendar")))
                .list();
    }

    /** Marks a claimed email sent and forgets its body (it may hold a one-time link). */
    boolean markSent(OutboundEmail email, Instant now) {
        return markDone(email, now, "SENT");
    }

    /** Marks a claimed email kept in the development mailbox only: done, but not sent. */
    boolean markStored(OutboundEmail email, Instant now) {
        return markDone(email, now, "STORED");
    }

    private boolean markDone(OutboundEmail email, Instant now, String status) {
        return jdbc.sql("""
                UPDATE outbound_email
                SET status = :status, sent_at = :now, body = '', calendar = NULL, claim_token = NULL, last_error = NULL
                WHERE id = :id AND claim_token = :token""")
                        .param("status", status)
                        .param("now", SqlTimes.utc(now))
                        .param("id", email.id())
                        .param("token", email.claimToken())
                        .update()
                == 1;
    }

    boolean markFailed(OutboundEmail email, String error) {
        return jdbc.sql("""
                UPDATE outbound_email
                SET status = 'FAILED', last_error = :error, body = '', calendar = NULL, claim_token = NULL
                WHERE id = :id AND claim_token = :token""")
                        .param("error", error)
                        .param("id", email.id())
                        .param("token", email.claimToken())
                        .update()
                == 1;
    }

    Optional<EmailDelivery> delivery(UUID id) {
        return jdbc.sql(SELECT_DELIVERY + " WHERE id = :id")
                .param("id", id)
                .query(OutboundEmailRepository::delivery)
                .optional();
    }

    List<EmailDelivery> deliveriesFor(String reference) {
        return jdbc.sql(SELECT_DELIVERY + " WHERE reference = :reference ORDER BY created_at")
                .param("reference", reference)
                .query(OutboundEmailRepository::delivery)
                .list();
    }

    private static final String SELECT_DELIVERY = """
            SELECT id, reference, status, attempts, last_error, created_at, next_attempt_at, sent_at
            FROM outbound_email""";

    private static EmailDelivery delivery(ResultSet rs, int row) throws SQLException {
        return new EmailDelivery(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                EmailDelivery.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                SqlTimes.instant(rs, "created_at"),
                SqlTimes.instant(rs, "next_attempt_at"),
                SqlTimes.instant(rs, "sent_at"));
    }
}
