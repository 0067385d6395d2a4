package app.tandem.habit.need;

import app.tandem.shared.UserId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Homework not done by its due date, for a whole caseload in one query. */
@Repository
class NeedHomeworkRepository {

    private final JdbcClient jdbc;

    NeedHomeworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An open homework item and its due day (its title stays encrypted: the caseload does not show it). */
    record Open(UserId client, UUID id, LocalDate dueOn) {}

    /** Open (not finished, not paused) homework due on or before {@code latestDue}. */
    List<Open> dueBy(Collection<UserId> clients, LocalDate latestDue) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT client_id, id, due_on FROM habit
                WHERE client_id IN (:clients) AND kind = 'HOMEWORK' AND finished_at IS NULL AND paused = FALSE
                  AND due_on IS NOT NULL AND due_on <= :latest
                ORDER BY client_id, due_on""")
                .param("clients", clients.stream().map(UserId::value).toList())
                .param("latest", latestDue)
                .query((rs, n) -> new Open(
                        new UserId(rs.getObject("client_id", UUID.class)),
                        rs.getObject("id", UUID.class),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }
}
