package app.tandem.appointment.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.appointment.Modality;
import app.tandem.appointment.SessionStatus;
import app.tandem.appointment.schedule.Session;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sessions; every query is by client, therapist or series on an index. */
@Repository
class TherapySessionRepository {

    private final JdbcClient jdbc;

    TherapySessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Session s, Instant now) {
        jdbc.sql("""
                INSERT INTO appointment_session (id, practice_id, client_id, therapist_id, series_id, starts_at, minutes,
                    modality, status, created_at, updated_at)
                VALUES (:id, :practice, :client, :therapist, :series, :starts, :minutes, :modality, :status, :now, :now)""")
                .param("id", s.id())
                .param("practice", s.practice().value())
                .param("client", s.client().value())
                .param("therapist", s.therapist().value())
                .param("series", s.seriesId())
                .param("starts", utc(s.startsAt()))
                .param("minutes", s.minutes())
                .param("modality", s.modality().name())
                .param("status", s.status().name())
                .param("now", utc(now))
                .update();
    }

    void update(Session s, Instant now) {
        jdbc.sql("""
                UPDATE appointment_session SET starts_at = :starts, minutes = :minutes, modality = :modality,
                    status = :status, updated_at = :now WHERE id = :id""")
                .param("starts", utc(s.startsAt()))
                .param("minutes", s.minutes())
                .param("modality", s.modality().name())
                .param("status", s.status().name())
                .param("now", utc(now))
                .param("id", s.id())
                .update();
    }

    /** Cancels the series' scheduled sessions that start at or after {@code from}; returns their ids. */
    List<UUID> cancelRest(UUID series, Instant from, Instant now) {
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM appointment_session WHERE series_id = :series AND starts_at >= :from
                    AND status = 'SCHEDULED'""")
                .param("series", series)
                .param("from", utc(from))
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
        jdbc.sql("""
                UPDATE appointment_session SET status = 'CANCELLED', updated_at = :now
                WHERE series_id = :series AND starts_at >= :from AND status = 'SCHEDULED'""")
                .param("series", series)
                .param("from", utc(from))
                .param("now", utc(now))
                .update();
        return ids;
    }

    Optional<Session> find(UUID id) {
        return jdbc.sql("SELECT * FROM appointment_session WHERE id = :id")
                .param("id", id)
                .query(TherapySessionRepository::map)
                .optional();
    }

    /** All the client's sessions, oldest first. */
    List<Session> ofClient(UserId client) {
        return jdbc.sql("SELECT * FROM appointment_session WHERE client_id = :client ORDER BY starts_at")
                .param("client", client.value())
                .query(TherapySessionRepository::map)
                .list();
    }

    List<Session> ofClientBetween(UserId client, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT * FROM appointment_session WHERE client_id = :client AND starts_at >= :from AND starts_at < :to
                ORDER BY starts_at""")
                .param("client", client.value())
                .param("from", utc(from))
                .param("to", utc(to))
                .query(TherapySessionRepository::map)
                .list();
    }

    /** Sessions of many clients in a range, in one query (every status). */
    List<Session> ofClientsBetween(Collection<UserId> clients, Instant from, Instant to) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM appointment_session WHERE client_id IN (:clients) AND starts_at >= :from
                    AND starts_at < :to ORDER BY starts_at""")
                .param("clients", clients.stream().map(UserId::value).toList())
                .param("from", utc(from))
                .param("to", utc(to))
                .query(TherapySessionRepository::map)
                .list();
    }

    List<Session> ofTherapistBetween(UserId therapist, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT * FROM appointment_session WHERE therapist_id = :therapist AND starts_at >= :from
                    AND starts_at < :to ORDER BY starts_at""")
                .param("therapist", therapist.value())
                .param("from", utc(from))
                .param("to", utc(to))
                .query(TherapySessionRepository::map)
                .list();
    }

    /** Scheduled sessions of many clients in a range, in one query. */
    List<Session> scheduledBetween(Collection<UserId> clients, Instant from, Instant to) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM appointment_session WHERE client_id IN (:clients) AND status = 'SCHEDULED'
                    AND starts_at >= :from AND starts_at < :to ORDER BY starts_at""")
                .param("clients", clients.stream().map(UserId::value).toList())
                .param("from", utc(from))
                .param("to", utc(to))
                .query(TherapySessionRepository::map)
                .list();
    }

    Optional<Session> nextScheduled(UserId client, Instant now) {
        return jdbc.sql("""
                SELECT * FROM appointment_session WHERE client_id = :client AND status = 'SCHEDULED'
                    AND starts_at >= :now ORDER BY starts_at LIMIT 1""")
                .param("client", client.value())
                .param("now", utc(now))
                .query(TherapySessionRepository::map)
                .optional();
    }

    Optional<Session> lastAttendedBefore(UserId client, Instant now) {
        return jdbc.sql("""
                SELECT * FROM appointment_session WHERE client_id = :client AND status = 'ATTENDED'
                    AND starts_at < :now ORDER BY starts_at DESC LIMIT 1""")
                .param("client", client.value())
                .param("now", utc(now))
                .query(TherapySessionRepository::map)
                .optional();
    }

    /** Up to {@code limit} sessions that started strictly before {@code before}, newest first. */
    List<Session> before(UserId client, Instant before, int limit) {
        return jdbc.sql("""
                SELECT * FROM appointment_session WHERE client_id = :client AND starts_at < :before
                ORDER BY starts_at DESC, id LIMIT :limit""")
                .param("client", client.value())
                .param("before", utc(before))
                .param("limit", limit)
                .query(TherapySessionRepository::map)
                .list();
    }

    static Session map(ResultSet rs, int row) throws SQLException {
        return new Session(
                rs.getObject("id", UUID.class),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                new UserId(rs.getObject("client_id", UUID.class)),
                new UserId(rs.getObject("therapist_id", UUID.class)),
                rs.getObject("series_id", UUID.class),
                instant(rs, "starts_at"),
                rs.getInt("minutes"),
                Modality.valueOf(rs.getString("modality")),
                SessionStatus.valueOf(rs.getString("status")));
    }
}
