package app.tandem.checkin.internal;

import app.tandem.checkin.CheckInView;
import app.tandem.crypto.FieldCipher;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.PracticeId;
import app.tandem.shared.SqlTimes;
import app.tandem.shared.UserId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the {@code checkin} table; encrypts the note on the way in and decrypts it on the way out. */
@Repository
public class CheckInRepository {

    private static final String INSERT = """
            INSERT INTO checkin (id, practice_id, client_id, recorded_at, local_date, time_zone, mood, anxiety,
              sleep_hours, sleep_quality, energy, emotions, tags, note, safety_level, submission_key, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String COLUMNS = """
            id, practice_id, client_id, recorded_at, local_date, time_zone, mood, anxiety, sleep_hours,
            sleep_quality, energy, emotions, tags, note, safety_level""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final FieldCipher cipher;

    CheckInRepository(JdbcClient jdbc, JdbcTemplate template, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.template = template;
        this.cipher = cipher;
    }

    /** A row to insert, with its idempotency key. */
    public record NewRow(StoredCheckIn checkIn, String submissionKey, Instant createdAt) {}

    public void insert(NewRow row) {
        template.update(INSERT, values(row));
    }

    public void insertAll(List<NewRow> rows) {
        template.batchUpdate(INSERT, rows.stream().map(this::values).toList());
    }

    public Optional<StoredCheckIn> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM checkin WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    public Optional<StoredCheckIn> findBySubmission(UserId client, String submissionKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM checkin WHERE client_id = ? AND submission_key = ?")
                .params(client.value(), submissionKey)
                .query(this::map)
                .optional();
    }

    /** The client's check-ins on local days {@code from..to} inclusive, oldest first. */
    public List<StoredCheckIn> between(UserId client, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM checkin WHERE client_id = ? AND local_date BETWEEN ? AND ?"
                        + " ORDER BY recorded_at, id")
                .params(client.value(), from, to)
                .query(this::map)
                .list();
    }

    /** Only the numbers, for charts: no decryption, oldest first. */
    public List<DayPoint> points(UserId client, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT local_date, mood, anxiety, sleep_hours, energy FROM checkin"
                        + " WHERE client_id = ? AND local_date BETWEEN ? AND ? ORDER BY recorded_at")
                .params(client.value(), from, to)
                .query((rs, n) -> new DayPoint(
                        rs.getObject("local_date", LocalDate.class),
                        rs.getInt("mood"),
                        integer(rs, "anxiety"),
                        decimal(rs, "sleep_hours"),
                        integer(rs, "energy")))
                .list();
    }

    public Optional<Instant> latestRecordedAt(UserId client) {
        return jdbc.sql("SELECT MAX(recorded_at) AS latest FROM checkin WHERE client_id = ?")
                .param(client.value())
                .query((rs, n) -> SqlTimes.instant(rs, "latest"))
                .optional();
    }

    private Object[] values(NewRow row) {
        StoredCheckIn c = row.checkIn();
        CheckInView v = c.view();
        return new Object[] {
            v.id(),
            c.practice().value(),
            c.client().value(),
            SqlTimes.utc(v.recordedAt()),
            v.localDate(),
            v.timeZone(),
            v.mood(),
            v.anxiety(),
            v.sleepHours() == null ? null : BigDecimal.valueOf(v.sleepHours()),
            v.sleepQuality(),
            v.energy(),
            join(v.emotions()),
            join(v.tags()),
            cipher.encrypt(v.note()),
            c.safetyLevel().name(),
            row.submissionKey(),
            SqlTimes.utc(row.createdAt())
        };
    }

    private StoredCheckIn map(ResultSet rs, int n) throws SQLException {
        CheckInView view = new CheckInView(
                rs.getObject("id", UUID.class),
                SqlTimes.instant(rs, "recorded_at"),
                rs.getObject("local_date", LocalDate.class),
                rs.getString("time_zone"),
                rs.getInt("mood"),
                integer(rs, "anxiety"),
                decimal(rs, "sleep_hours"),
                integer(rs, "sleep_quality"),
                integer(rs, "energy"),
                split(rs.getString("emotions")),
                split(rs.getString("tags")),
                cipher.decrypt(rs.getString("note")));
        return new StoredCheckIn(
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                new UserId(rs.getObject("client_id", UUID.class)),
                view,
                RiskLevel.valueOf(rs.getString("safety_level")));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }

    private static String join(List<String> codes) {
        return codes.isEmpty() ? null : String.join(",", codes);
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
    }
}
