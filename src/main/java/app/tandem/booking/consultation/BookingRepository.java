package app.tandem.booking.consultation;

import app.tandem.booking.ContactBy;
import app.tandem.booking.PracticePage;
import app.tandem.booking.WeeklyHours;
import app.tandem.booking.slot.BookingRules;
import app.tandem.booking.slot.DateException;
import app.tandem.crypto.FieldCipher;
import app.tandem.shared.PracticeId;
import app.tandem.shared.SqlTimes;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for practice pages, therapists' hours and bookings; visitor text is encrypted here. */
@Repository
class BookingRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    BookingRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Optional<PracticePage> page(PracticeId practice) {
        return jdbc.sql("SELECT * FROM booking_practice_page WHERE practice_id = :p")
                .param("p", practice.value())
                .query((rs, n) -> new PracticePage(
                        rs.getString("description"),
                        rs.getString("location"),
                        rs.getBoolean("telehealth"),
                        rs.getString("fees"),
                        rs.getBoolean("booking_open")))
                .optional();
    }

    void savePage(PracticeId practice, PracticePage page, Instant now) {
        jdbc.sql("DELETE FROM booking_practice_page WHERE practice_id = :p")
                .param("p", practice.value())
                .update();
        jdbc.sql("""
                INSERT INTO booking_practice_page (practice_id, description, location, telehealth, fees, booking_open,
                    updated_at)
                VALUES (:p, :description, :location, :telehealth, :fees, :open, :now)""")
                .param("p", practice.value())
                .param("description", page.description())
                .param("location", page.location())
                .param("telehealth", page.telehealth())
                .param("fees", page.fees())
                .param("open", page.bookingOpen())
                .param("now", SqlTimes.utc(now))
                .update();
    }

    List<TherapistRow> therapists(PracticeId practice) {
        return jdbc.sql("SELECT * FROM booking_therapist WHERE practice_id = :p AND accepts ORDER BY therapist_id")
                .param("p", practice.value())
                .query(BookingRepository::therapist)
                .list();
    }

    Optional<TherapistRow> therapist(UserId therapist) {
        return jdbc.sql("SELECT * FROM booking_therapist WHERE therapist_id = :t")
                .param("t", therapist.value())
                .query(BookingRepository::therapist)
                .optional();
    }

    void saveTherapist(TherapistRow row, Instant now) {
        jdbc.sql("DELETE FROM booking_therapist WHERE therapist_id = :t")
                .param("t", row.therapist().value())
                .update();
        jdbc.sql("""
                INSERT INTO booking_therapist (therapist_id, practice_id, approach, languages, sees_people_for,
                    time_zone, buffer_minutes, notice_hours, horizon_days, accepts, updated_at)
                VALUES (:t, :p, :approach, :languages, :sees, :zone, :buffer, :notice, :horizon, :accepts, :now)""")
                .param("t", row.therapist().value())
                .param("p", row.practice().value())
                .param("approach", row.approach())
                .param("languages", row.languages())
                .param("sees", row.seesPeopleFor())
                .param("zone", row.zone())
                .param("buffer", (int) row.rules().buffer().toMinutes())
                .param("notice", (int) row.rules().minimumNotice().toHours())
                .param("horizon", (int) row.rules().horizon().toDays())
                .param("accepts", row.accepts())
                .param("now", SqlTimes.utc(now))
                .update();
    }

    List<WeeklyHours> weeklyHours(UserId therapist) {
        return jdbc.sql("SELECT * FROM booking_weekly_hours WHERE therapist_id = :t ORDER BY day_of_week, starts_at")
                .param("t", therapist.value())
                .query((rs, n) -> new WeeklyHours(
                        DayOfWeek.of(rs.getInt("day_of_week")),
                        rs.getObject("starts_at", LocalTime.class),
                        rs.getObject("ends_at", LocalTime.class)))
                .list();
    }

    void replaceWeeklyHours(PracticeId practice, UserId therapist, List<WeeklyHours> hours) {
        jdbc.sql("DELETE FROM booking_weekly_hours WHERE therapist_id = :t")
                .param("t", therapist.value())
                .update();
        for (WeeklyHours h : hours) {
            jdbc.sql("""
                    INSERT INTO booking_weekly_hours (id, practice_id, therapist_id, day_of_week, starts_at, ends_at)
                    VALUES (:id, :p, :t, :day, :start, :end)""")
                    .param("id", UUID.randomUUID())
                    .param("p", practice.value())
                    .param("t", therapist.value())
                    .param("day", h.day().getValue())
                    .param("start", h.start())
                    .param("end", h.end())
                    .update();
        }
    }

    List<DateException> exceptions(UserId therapist, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT * FROM booking_exception WHERE therapist_id = :t AND on_date BETWEEN :from AND :to""")
                .param("t", therapist.value())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new DateException(
                        rs.getObject("on_date", LocalDate.class),
                        rs.getObject("starts_at", LocalTime.class),
                        rs.getObject("ends_at", LocalTime.class),
                        rs.getBoolean("available")))
                .list();
    }

    void addException(PracticeId practice, UserId therapist, DateException exception) {
        jdbc.sql("""
                INSERT INTO booking_exception (id, practice_id, therapist_id, on_date, starts_at, ends_at, available)
                VALUES (:id, :p, :t, :date, :start, :end, :available)""")
                .param("id", UUID.randomUUID())
                .param("p", practice.value())
                .param("t", therapist.value())
                .param("date", exception.date())
                .param("start", exception.start())
                .param("end", exception.end())
                .param("available", exception.available())
                .update();
    }

    /** The therapist's exceptions from {@code from} on, with their ids, by date. */
    List<ExceptionLine> exceptionsFrom(UserId therapist, LocalDate from) {
        return jdbc.sql("""
                SELECT * FROM booking_exception WHERE therapist_id = :t AND on_date >= :from
                ORDER BY on_date, starts_at LIMIT 200""")
                .param("t", therapist.value())
                .param("from", from)
                .query((rs, n) -> new ExceptionLine(
                        rs.getObject("id", UUID.class),
                        new DateException(
                                rs.getObject("on_date", LocalDate.class),
                                rs.getObject("starts_at", LocalTime.class),
                                rs.getObject("ends_at", LocalTime.class),
                                rs.getBoolean("available"))))
                .list();
    }

    int removeException(UserId therapist, UUID id) {
        return jdbc.sql("DELETE FROM booking_exception WHERE therapist_id = :t AND id = :id")
                .param("t", therapist.value())
                .param("id", id)
                .update();
    }

    /** Start instants of the therapist's bookings that hold their slot, between two instants. */
    List<Instant> takenStarts(UserId therapist, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT active_start FROM booking
                WHERE therapist_id = :t AND active_start IS NOT NULL AND active_start >= :from AND active_start < :to""")
                .param("t", therapist.value())
                .param("from", SqlTimes.utc(from))
                .param("to", SqlTimes.utc(to))
                .query((rs, n) -> SqlTimes.instant(rs, "active_start"))
                .list();
    }

    /** Inserts a booking; the unique key on (therapist_id, active_start) refuses a second one for a slot. */
    void insert(NewBooking b) {
        var r = b.request();
        jdbc.sql("""
                INSERT INTO booking (id, practice_id, therapist_id, starts_at, ends_at, active_start, visitor_zone, status,
                    name, email, email_hash, phone, contact_by, reason, safety_concern, sequence, manage_token_hash,
                    idempotency_key, remote_addr, created_at, updated_at)
                VALUES (:id, :p, :t, :start, :end, :start, :zone, 'REQUESTED', :name, :email, :emailHash, :phone,
                    :contactBy, :reason, :safety, 0, :token, :key, :addr, :now, :now)""")
                .param("id", b.id())
                .param("p", b.practice().value())
                .param("t", b.therapist().value())
                .param("start", SqlTimes.utc(r.start()))
                .param("end", SqlTimes.utc(r.start().plus(BookingRules.SLOT)))
                .param("zone", r.visitorZone())
                .param("name", cipher.encrypt(r.name()))
                .param("email", cipher.encrypt(r.email()))
                .param("emailHash", Hashes.sha256(r.email()))
                .param("phone", cipher.encrypt(r.phone()))
                .param("contactBy", r.contactBy().name())
                .param("reason", cipher.encrypt(r.reason()))
                .param("safety", r.safetyConcern())
                .param("token", b.tokenHash())
                .param("key", b.idempotencyKey())
                .param("addr", b.remoteAddr())
                .param("now", SqlTimes.utc(b.now()))
                .update();
    }

    void linkAlert(UUID booking, UUID prospect, UUID alert) {
        jdbc.sql("UPDATE booking SET prospect_id = :prospect, alert_id = :alert WHERE id = :id")
                .param("prospect", prospect)
                .param("alert", alert)
                .param("id", booking)
                .update();
    }

    Optional<StoredBooking> find(UUID id) {
        return jdbc.sql("SELECT * FROM booking WHERE id = :id")
                .param("id", id)
                .query(this::booking)
                .optional();
    }

    /** Locks the booking row for a change (cancel, reschedule, confirm). */
    Optional<StoredBooking> lock(UUID id) {
        return jdbc.sql("SELECT * FROM booking WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(this::booking)
                .optional();
    }

    Optional<UUID> idByToken(String tokenHash) {
        return jdbc.sql("SELECT id FROM booking WHERE manage_token_hash = :h")
                .param("h", tokenHash)
                .query(UUID.class)
                .optional();
    }

    Optional<UUID> idByIdempotencyKey(PracticeId practice, String key) {
        return jdbc.sql("SELECT id FROM booking WHERE practice_id = :p AND idempotency_key = :k")
                .param("p", practice.value())
                .param("k", key)
                .query(UUID.class)
                .optional();
    }

    int bookingsByEmailSince(String email, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE email_hash = :h AND created_at >= :since")
                .param("h", Hashes.sha256(email))
                .param("since", SqlTimes.utc(since))
                .query(Integer.class)
                .single();
    }

    /** The therapist's bookings that hold their slot and start in a range, earliest first. */
    List<StoredBooking> activeBetween(UserId therapist, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT * FROM booking WHERE therapist_id = :t AND active_start IS NOT NULL AND active_start >= :from
                    AND active_start < :to ORDER BY active_start""")
                .param("t", therapist.value())
                .param("from", SqlTimes.utc(from))
                .param("to", SqlTimes.utc(to))
                .query(this::booking)
                .list();
    }

    List<StoredBooking> upcomingFor(UserId therapist, Instant after) {
        return jdbc.sql("""
                SELECT * FROM booking WHERE therapist_id = :t AND ends_at >= :after ORDER BY starts_at LIMIT 100""")
                .param("t", therapist.value())
                .param("after", SqlTimes.utc(after))
                .query(this::booking)
                .list();
    }

    void cancel(UUID id, String tokenHash, String message, Instant now) {
        jdbc.sql("""
                UPDATE booking SET status = 'CANCELLED', active_start = NULL, sequence = sequence + 1,
                    manage_token_hash = :token, therapist_message = :message, updated_at = :now WHERE id = :id""")
                .param("token", tokenHash)
                .param("message", cipher.encrypt(message))
                .param("now", SqlTimes.utc(now))
                .param("id", id)
                .update();
    }

    /** Moves a booking to a new slot; the same unique key refuses a slot someone else holds. */
    void moveTo(UUID id, Instant start, String tokenHash, Instant now) {
        jdbc.sql("""
                UPDATE booking SET starts_at = :start, ends_at = :end, active_start = :start, status = 'REQUESTED',
                    sequence = sequence + 1, manage_token_hash = :token, updated_at = :now WHERE id = :id""")
                .param("start", SqlTimes.utc(start))
                .param("end", SqlTimes.utc(start.plus(BookingRules.SLOT)))
                .param("token", tokenHash)
                .param("now", SqlTimes.utc(now))
                .param("id", id)
                .update();
    }

    void confirm(UUID id, String message, Instant now) {
        jdbc.sql("""
                UPDATE booking SET status = 'CONFIRMED', therapist_message = :message, updated_at = :now
                WHERE id = :id AND status = 'REQUESTED'""")
                .param("message", cipher.encrypt(message))
                .param("now", SqlTimes.utc(now))
                .param("id", id)
                .update();
    }

    void newToken(UUID id, String tokenHash, String message, Instant now) {
        jdbc.sql("""
                UPDATE booking SET manage_token_hash = :token, therapist_message = :message, updated_at = :now
                WHERE id = :id""")
                .param("token", tokenHash)
                .param("message", cipher.encrypt(message))
                .param("now", SqlTimes.utc(now))
                .param("id", id)
                .update();
    }

    private StoredBooking booking(ResultSet rs, int n) throws SQLException {
        return new StoredBooking(
                rs.getObject("id", UUID.class),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                new UserId(rs.getObject("therapist_id", UUID.class)),
                SqlTimes.instant(rs, "starts_at"),
                SqlTimes.instant(rs, "ends_at"),
                rs.getString("visitor_zone"),
                BookingStatus.valueOf(rs.getString("status")),
                cipher.decrypt(rs.getString("name")),
                cipher.decrypt(rs.getString("email")),
                cipher.decrypt(rs.getString("phone")),
                ContactBy.valueOf(rs.getString("contact_by")),
                cipher.decrypt(rs.getString("reason")),
                rs.getBoolean("safety_concern"),
                rs.getObject("alert_id", UUID.class),
                rs.getInt("sequence"),
                cipher.decrypt(rs.getString("therapist_message")),
                SqlTimes.instant(rs, "created_at"));
    }

    private static TherapistRow therapist(ResultSet rs, int n) throws SQLException {
        return new TherapistRow(
                new UserId(rs.getObject("therapist_id", UUID.class)),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                rs.getString("approach"),
                rs.getString("languages"),
                rs.getString("sees_people_for"),
                rs.getString("time_zone"),
                BookingRules.of(rs.getInt("buffer_minutes"), rs.getInt("notice_hours"), rs.getInt("horizon_days")),
                rs.getBoolean("accepts"));
    }
}
