package app.tandem.habit.workspace;

import app.tandem.crypto.FieldCipher;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.AssignmentContributor;
import app.tandem.shared.workspace.DueAssignment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open homework across a caseload in one query: due (its due day is today or later) or overdue (its due day passed in
 * the client's zone without it being done). Paused homework is left out.
 */
@Component
class HomeworkDue implements AssignmentContributor {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final MessageSource messages;

    HomeworkDue(JdbcClient jdbc, FieldCipher cipher, MessageSource messages) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueAssignment> dueFor(Map<UserId, ZoneId> clients, Instant now) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT client_id, title, due_on FROM habit
                WHERE client_id IN (:clients) AND kind = 'HOMEWORK' AND finished_at IS NULL AND paused = FALSE
                  AND due_on IS NOT NULL ORDER BY due_on""")
                .param("clients", clients.keySet().stream().map(UserId::value).toList())
                .query((rs, n) -> {
                    UserId client = new UserId(rs.getObject("client_id", UUID.class));
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    LocalDate today = now.atZone(clients.get(client)).toLocalDate();
                    String what = messages.getMessage(
                            "workspace.assignments.homework",
                            new Object[] {cipher.decrypt(rs.getString("title"))},
                            LocaleContextHolder.getLocale());
                    return new DueAssignment(
                            client, what, due, due.isBefore(today), "/therapist/clients/" + client + "#homework");
                })
                .list();
    }
}
