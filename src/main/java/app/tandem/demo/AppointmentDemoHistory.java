package app.tandem.demo;

import app.tandem.appointment.AppointmentHistory;
import app.tandem.appointment.Modality;
import app.tandem.appointment.SessionStatus;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Weekly sessions for the months of demo history through the sessions module's public API: Alex on Tuesdays at 15:00
 * and Sam on Thursdays at 10:00 with Maya (video), Riley on Mondays at 17:00 with Jordan; mostly attended, a few
 * cancelled or missed, and the next three weeks scheduled. Alex has three things on the agenda for the next session.
 */
@Component
@Order(750)
class AppointmentDemoHistory implements DemoHistory {

    static final int WEEKS_BACK = 21;
    static final int WEEKS_AHEAD = 3;
    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    private final AppointmentHistory sessions;
    private final Clock clock;

    AppointmentDemoHistory(AppointmentHistory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void seed(DemoPeople demo) {
        UUID alexNext =
                weekly(demo, demo.alex(), demo.maya(), DayOfWeek.TUESDAY, LocalTime.of(15, 0), Modality.IN_PERSON, 3);
        weekly(demo, demo.sam(), demo.maya(), DayOfWeek.THURSDAY, LocalTime.of(10, 0), Modality.VIDEO, 5);
        weekly(demo, demo.riley(), demo.jordan(), DayOfWeek.MONDAY, LocalTime.of(17, 0), Modality.IN_PERSON, 7);
        sessions.agenda(
                demo.practice(),
                demo.alex(),
                alexNext,
                List.of(
                        "The argument with my sister at the weekend",
                        "Sleep is worse again since the clocks changed",
                        "Whether the morning walks are actually helping"));
    }

    /** The client's weekly sessions; returns the first one still to come. */
    private UUID weekly(
            DemoPeople demo, UserId client, UserId therapist, DayOfWeek day, LocalTime at, Modality how, long seed) {
        Instant now = clock.instant();
        LocalDate thisWeek = LocalDate.now(clock.withZone(ZONE)).with(TemporalAdjusters.previousOrSame(day));
        Random random = new Random(seed);
        UUID next = null;
        for (int w = -WEEKS_BACK; w <= WEEKS_AHEAD; w++) {
            Instant start = ZonedDateTime.of(thisWeek.plusWeeks(w), at, ZONE).toInstant();
            SessionStatus status = SessionStatus.SCHEDULED;
            if (start.isBefore(now)) {
                double r = random.nextDouble();
                status = r < 0.86 ? SessionStatus.ATTENDED : r < 0.94 ? SessionStatus.CANCELLED : SessionStatus.NO_SHOW;
            }
            UUID id = sessions.session(demo.practice(), client, therapist, start, 50, how, status);
            if (next == null && status == SessionStatus.SCHEDULED) {
                next = id;
            }
        }
        return next;
    }
}
