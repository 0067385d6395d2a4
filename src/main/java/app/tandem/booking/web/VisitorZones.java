package app.tandem.booking.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The visitor's time zone: the one asked for when it is real, else the practice's; and the choices offered. */
final class VisitorZones {

    private static final List<String> COMMON = List.of(
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Phoenix",
            "America/Los_Angeles",
            "America/Anchorage",
            "Pacific/Honolulu",
            "Europe/London",
            "Europe/Berlin",
            "Asia/Kolkata",
            "Australia/Sydney",
            "UTC");

    private VisitorZones() {}

    static ZoneId resolve(String asked, ZoneId practiceZone) {
        if (asked == null || asked.isBlank() || asked.length() > 64) {
            return practiceZone;
        }
        try {
            return ZoneId.of(asked);
        } catch (DateTimeException e) {
            return practiceZone;
        }
    }

    static List<String> choices(ZoneId current, ZoneId practiceZone) {
        List<String> zones = new ArrayList<>(COMMON);
        for (ZoneId z : List.of(practiceZone, current)) {
            if (!zones.contains(z.getId())) {
                zones.add(0, z.getId());
            }
        }
        return zones;
    }
}
