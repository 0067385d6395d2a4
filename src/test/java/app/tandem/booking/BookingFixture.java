package app.tandem.booking;

import app.tandem.booking.consultation.AvailabilityService;
import app.tandem.booking.slot.Slot;
import app.tandem.practice.OnCallRota;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.TestData;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A practice whose therapist takes consultations every day, and ways to read what was sent. */
@TestComponent
public class BookingFixture {

    private final TestData data;
    private final Consultations consultations;
    private final AvailabilityService availability;
    private final OnCallRota rota;
    private final Practices practices;
    private final JdbcClient jdbc;

    BookingFixture(
            TestData data,
            Consultations consultations,
            AvailabilityService availability,
            OnCallRota rota,
            Practices practices,
            JdbcClient jdbc) {
        this.data = data;
        this.consultations = consultations;
        this.availability = availability;
        this.rota = rota;
        this.practices = practices;
        this.jdbc = jdbc;
    }

    /** A practice, its therapist (open all day, every day, no notice) and an on-call colleague. */
    public record Setup(PracticeId practice, String slug, CurrentUser therapist, CurrentUser onCall) {}

    public Setup aPracticeTakingBookings() {
        PracticeId practice = data.aPractice();
        CurrentUser therapist = data.aTherapist(practice);
        CurrentUser onCall = data.aTherapist(practice);
        List<WeeklyHours> allDay = Arrays.stream(DayOfWeek.values())
                .map(d -> new WeeklyHours(d, LocalTime.of(0, 0), LocalTime.of(23, 45)))
                .toList();
        consultations.offer(
                practice,
                therapist.id(),
                "America/New_York",
                new TherapistOffer("CBT", "English", "Anxiety", 0, 1, 30, allDay));
        rota.addEntry(practice, onCall.id(), null, null);
        return new Setup(practice, practices.get(practice).slug(), therapist, onCall);
    }

    public List<Slot> freeSlots(Setup setup) {
        Instant now = Instant.now();
        return availability.free(setup.practice(), null, now, now.plus(Duration.ofDays(3)), now);
    }

    public int activeBookingsAt(Setup setup, Instant start) {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE practice_id = :p AND active_start = :s")
                .param("p", setup.practice().value())
                .param("s", start.atOffset(java.time.ZoneOffset.UTC))
                .query(Integer.class)
                .single();
    }

    /** The texts of the emails sent for a booking, oldest first (waits for the outbox to deliver them). */
    public List<String> emailsFor(UUID booking, int expected) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<String> bodies = jdbc.sql("""
                    SELECT d.body FROM outbound_email o JOIN dev_mailbox d ON d.email_id = o.id
                    WHERE o.reference = :r ORDER BY o.created_at, d.delivered_at""")
                    .param("r", "booking:" + booking)
                    .query(String.class)
                    .list();
            if (bodies.size() >= expected) {
                return bodies;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected " + expected + " emails for booking " + booking);
    }
}
