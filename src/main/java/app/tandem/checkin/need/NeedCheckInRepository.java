package app.tandem.checkin.need;

import app.tandem.shared.UserId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recent check-ins of a whole caseload in one query (the day index serves it). */
@Repository
class NeedCheckInRepository {

    private final JdbcClient jdbc;

    NeedCheckInRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One check-in's day and mood. */
    record Day(UserId client, LocalDate day, int mood) {}

    List<Day> since(Collection<UserId> clients, LocalDate from) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT client_id, local_date, mood FROM checkin
                WHERE client_id IN (:clients) AND local_date >= :from
                ORDER BY client_id, local_date""")
                .param("clients", clients.stream().map(UserId::value).toList())
                .param("from", from)
                .query((rs, n) -> new Day(
                        new UserId(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class), rs.getInt(3)))
                .list();
    }
}
