package app.tandem.booking.consultation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a consultation time reads for people: in their zone, with the zone named. */
public final class When {

    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM, h:mm a (zzz)", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.US);

    private When() {}

    public static String dayAndTime(Instant instant, ZoneId zone) {
        return DAY_TIME.format(instant.atZone(zone));
    }

    public static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    public static String day(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone));
    }
}
