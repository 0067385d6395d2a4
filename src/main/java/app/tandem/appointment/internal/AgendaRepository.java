package app.tandem.appointment.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.appointment.schedule.AgendaItem;
import app.tandem.crypto.FieldCipher;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agenda items; their text is encrypted here and nowhere else. Removed items stay, marked, for idempotent replays. */
@Repository
class AgendaRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    AgendaRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(PracticeId practice, UserId client, AgendaItem item, String key, String hash) {
        jdbc.sql("""
                INSERT INTO appointment_agenda_item (id, practice_id, client_id, session_id, position, text,
                    safety_level, created_at, submission_key, request_hash)
                VALUES (:id, :practice, :client, :session, :position, :text, :level, :at, :key, :hash)""")
                .param("id", item.id())
                .param("practice", practice.value())
                .param("client", client.value())
                .param("session", item.sessionId())
                .param("position", item.position())
                .param("text", cipher.encrypt(item.text()))
                .param("level", item.safetyLevel().name())
                .param("at", utc(item.createdAt()))
                .param("key", key)
                .param("hash", hash)
                .update();
    }

    Optional<Map.Entry<AgendaItem, String>> findBySubmission(UserId client, String key) {
        return jdbc.sql("SELECT * FROM appointment_agenda_item WHERE client_id = :client AND submission_key = :key")
                .param("client", client.value())
                .param("key", key)
                .query((rs, n) -> (Map.Entry<AgendaItem, String>)
                        new AbstractMap.SimpleEntry<>(map(rs, n), rs.getString("request_hash")))
                .optional();
    }

    /** The session's items that were not removed, in the client's order. */
    List<AgendaItem> ofSession(UUID session) {
        return jdbc.sql("""
                SELECT * FROM appointment_agenda_item WHERE session_id = :session AND removed_at IS NULL
                ORDER BY position, created_at""").param("session", session).query(this::map).list();
    }

    /** The owner of an item that was not removed, with the item. */
    Optional<Map.Entry<UserId, AgendaItem>> findActive(UUID id) {
        return jdbc.sql("SELECT * FROM appointment_agenda_item WHERE id = :id AND removed_at IS NULL")
                .param("id", id)
                .query((rs, n) -> (Map.Entry<UserId, AgendaItem>)
                        new AbstractMap.SimpleEntry<>(new UserId(rs.getObject("client_id", UUID.class)), map(rs, n)))
                .optional();
    }

    int nextPosition(UUID session) {
        return jdbc.sql(
                        "SELECT COALESCE(MAX(position), 0) + 1 FROM appointment_agenda_item WHERE session_id = :session")
                .param("session", session)
                .query((rs, n) -> rs.getInt(1))
                .single();
    }

    void setPosition(UUID id, int position) {
        jdbc.sql("UPDATE appointment_agenda_item SET position = :position WHERE id = :id")
                .param("position", position)
                .param("id", id)
                .update();
    }

    void remove(UUID id, java.time.Instant now) {
        jdbc.sql("UPDATE appointment_agenda_item SET removed_at = :now WHERE id = :id")
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    void updateSafetyLevel(UUID id, RiskLevel level) {
        jdbc.sql("UPDATE appointment_agenda_item SET safety_level = :level WHERE id = :id")
                .param("level", level.name())
                .param("id", id)
                .update();
    }

    /** Moves the open items of a cancelled session behind those of another session of the same client. */
    void carryOver(UUID from, UUID to, int offset) {
        jdbc.sql("""
                UPDATE appointment_agenda_item SET session_id = :to, position = position + :offset
                WHERE session_id = :from AND removed_at IS NULL""")
                .param("to", to)
                .param("offset", offset)
                .param("from", from)
                .update();
    }

    private AgendaItem map(ResultSet rs, int row) throws SQLException {
        return new AgendaItem(
                rs.getObject("id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getInt("position"),
                cipher.decrypt(rs.getString("text")),
                RiskLevel.valueOf(rs.getString("safety_level")),
                instant(rs, "created_at"));
    }
}
