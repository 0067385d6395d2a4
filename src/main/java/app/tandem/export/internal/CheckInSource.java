package app.tandem.export.internal;

import app.tandem.checkin.CheckInView;
import app.tandem.checkin.CheckIns;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/** The client's check-ins for the export, through the checkin module's API (which audits the read), oldest first. */
@Component
class CheckInSource {

    /** Tandem holds nothing older; a fixed first day keeps the query simple. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    private final CheckIns checkIns;
    private final Clock clock;

    CheckInSource(CheckIns checkIns, Clock clock) {
        this.checkIns = checkIns;
        this.clock = clock;
    }

    List<CheckInLine> lines(UserId client, ZoneId zone) {
        LocalDate tomorrow = LocalDate.now(clock.withZone(zone)).plusDays(1);
        return checkIns.between(client, FIRST_DAY, tomorrow).stream()
                .map(c -> line(c, zone))
                .toList();
    }

    private static CheckInLine line(CheckInView c, ZoneId zone) {
        ZoneId recordedIn = c.timeZone() == null ? zone : ZoneId.of(c.timeZone());
        return new CheckInLine(
                c.localDate(),
                c.recordedAt().atZone(recordedIn).toLocalTime().withSecond(0).withNano(0),
                c.mood(),
                c.anxiety(),
                c.sleepHours(),
                c.sleepQuality(),
                c.energy(),
                c.emotions(),
                c.tags(),
                c.note());
    }
}
