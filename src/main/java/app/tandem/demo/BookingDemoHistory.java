package app.tandem.demo;

import app.tandem.booking.BookingRequest;
import app.tandem.booking.Consultations;
import app.tandem.booking.ContactBy;
import app.tandem.booking.PracticePage;
import app.tandem.booking.TherapistOffer;
import app.tandem.booking.WeeklyHours;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The public page of Harbor Lane, both therapists' consultation hours and a few upcoming bookings. */
@Component
@Order(90)
class BookingDemoHistory implements DemoHistory {

    private final Consultations consultations;
    private final Clock clock;

    BookingDemoHistory(Consultations consultations, Clock clock) {
        this.consultations = consultations;
        this.clock = clock;
    }

    @Override
    public void seed(DemoPeople people) {
        consultations.describe(
                people.practice(),
                new PracticePage(
                        "A small group practice in Hoboken for adults: anxiety, low mood, ADHD, stress at work and in "
                                + "relationships. We keep the human relationship at the center of therapy.",
                        "Second floor, five minutes from Hoboken Terminal; step-free access.",
                        true,
                        "Individual sessions $160 (50 minutes). We are in network with Aetna and Horizon BCBS; "
                                + "sliding-scale places are available. The consultation is free."));
        consultations.offer(
                people.practice(),
                people.maya(),
                DemoPractice.ZONE,
                new TherapistOffer(
                        "Cognitive behavioural therapy, acceptance and commitment therapy",
                        "English, Gujarati",
                        "Anxiety, panic, low mood, adult ADHD",
                        15,
                        12,
                        30,
                        List.of(
                                new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)),
                                new WeeklyHours(DayOfWeek.WEDNESDAY, LocalTime.of(13, 0), LocalTime.of(15, 0)),
                                new WeeklyHours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)))));
        consultations.offer(
                people.practice(),
                people.jordan(),
                DemoPractice.ZONE,
                new TherapistOffer(
                        "Person-centred and trauma-informed therapy, EMDR",
                        "English, Spanish",
                        "Trauma, grief, relationships, stress at work",
                        0,
                        24,
                        21,
                        List.of(
                                new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(16, 0), LocalTime.of(18, 0)),
                                new WeeklyHours(DayOfWeek.THURSDAY, LocalTime.of(8, 0), LocalTime.of(9, 30)))));
        ZoneId zone = ZoneId.of(DemoPractice.ZONE);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate wednesday = today.plusDays(2).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        LocalDate thursday = today.plusDays(2).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        book(
                people,
                people.maya(),
                ZonedDateTime.of(wednesday, LocalTime.of(13, 30), zone),
                "Dana Whitfield",
                "dana.whitfield@example.org",
                "201-555-0131",
                ContactBy.PHONE,
                "Panic attacks on the train to work.");
        book(
                people,
                null,
                ZonedDateTime.of(thursday, LocalTime.of(8, 15), zone),
                "Luis Romero",
                "luis.romero@example.org",
                null,
                ContactBy.EMAIL,
                "Since my father died I cannot concentrate.");
        book(
                people,
                people.maya(),
                ZonedDateTime.of(wednesday.plusWeeks(1), LocalTime.of(14, 0), zone),
                "Priya Shah",
                "priya.shah@example.org",
                null,
                ContactBy.EMAIL,
                null);
    }

    private void book(
            DemoPeople people,
            app.tandem.shared.UserId therapist,
            ZonedDateTime at,
            String name,
            String email,
            String phone,
            ContactBy contactBy,
            String reason) {
        consultations.book(
                people.practice(),
                new BookingRequest(
                        at.toInstant(), therapist, DemoPractice.ZONE, name, email, phone, contactBy, reason, false));
    }
}
