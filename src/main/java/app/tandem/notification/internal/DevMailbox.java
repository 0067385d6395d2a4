package app.tandem.notification.internal;

import app.tandem.shared.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stands in for SMTP when no mail server is configured, so invitations and password resets can be
 * read on {@code /dev/mailbox} in development and offline demos. Unused when SMTP is configured.
 */
@Service
public class DevMailbox {

    private final JdbcClient jdbc;
    private final MailMode mode;
    private final Clock clock;

    DevMailbox(JdbcClient jdbc, MailMode mode, Clock clock) {
        this.jdbc = jdbc;
        this.mode = mode;
        this.clock = clock;
    }

    public boolean enabled() {
        return mode.devMailbox();
    }

    /** Whether the mailbox may be read on the web (see {@link MailMode#devMailboxPageOpen()}). */
    public boolean readable() {
        return mode.devMailboxPageOpen();
    }

    void deliver(OutboundEmail email) {
        jdbc.sql("""
                INSERT INTO dev_mailbox (id, email_id, to_address, subject, body, delivered_at)
                VALUES (:id, :email, :to, :subject, :body, :now)""")
                .param("id", UUID.randomUUID())
                .param("email", email.id())
                .param("to", email.to())
                .param("subject", email.subject())
                .param(
                        "body",
                        email.hasCalendar()
                                ? email.body() + "\n\n--- invite.ics (METHOD:" + email.calendarMethod() + ") ---\n"
                                        + email.calendar()
                                : email.body())
                .param("now", SqlTimes.utc(clock.instant()))
                .update();
    }

    @Transactional(readOnly = true)
    public List<DevMail> newestFirst(int limit) {
        return jdbc.sql("SELECT * FROM dev_mailbox ORDER BY delivered_at DESC, id LIMIT :limit")
                .param("limit", limit)
                .query(DevMailbox::mail)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<DevMail> find(UUID id) {
        return jdbc.sql("SELECT * FROM dev_mailbox WHERE id = :id")
                .param("id", id)
                .query(DevMailbox::mail)
                .optional();
    }

    private static DevMail mail(ResultSet rs, int row) throws SQLException {
        return new DevMail(
                rs.getObject("id", UUID.class),
                rs.getString("to_address"),
                rs.getString("subject"),
                rs.getString("body"),
                SqlTimes.instant(rs, "delivered_at"));
    }
}
