package app.tandem.demo;

import app.tandem.journal.Journals;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Alex's journal: four entries over ten weeks, one of them shared with Maya. */
@Component
@Order(310)
class JournalDemoHistory implements DemoHistory {

    private final Journals journals;
    private final Clock clock;

    JournalDemoHistory(Journals journals, Clock clock) {
        this.journals = journals;
        this.clock = clock;
    }

    @Override
    public void seed(DemoPeople people) {
        journals.recordHistorical(
                people.practice(),
                people.alex(),
                "After the first session",
                "Strange to say all that out loud. Tired, but lighter than I expected.",
                false,
                daysAgoAt(70, LocalTime.of(21, 5)));
        journals.recordHistorical(
                people.practice(),
                people.alex(),
                null,
                "Work review went badly. Did the breathing in the stairwell, which helped a bit. Went climbing after.",
                false,
                daysAgoAt(41, LocalTime.of(19, 40)));
        journals.recordHistorical(
                people.practice(),
                people.alex(),
                "Something to bring to Maya",
                "I keep cancelling on Dan and then feeling guilty about it. I'd like to talk about why that keeps happening.",
                true,
                daysAgoAt(12, LocalTime.of(22, 15)));
        journals.recordHistorical(
                people.practice(),
                people.alex(),
                "Good day",
                "Finished the wheels on the bike. Nico came by. Slept well for once.",
                false,
                daysAgoAt(3, LocalTime.of(20, 30)));
    }

    private Instant daysAgoAt(int days, LocalTime time) {
        ZoneId zone = ZoneId.of(DemoPractice.ZONE);
        return clock.instant()
                .atZone(zone)
                .truncatedTo(ChronoUnit.DAYS)
                .minusDays(days)
                .with(time)
                .toInstant();
    }
}
