package app.tandem.appointment.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A weekly series: the same weekday and local time in the practice's zone for {@code weeks} weeks. Each start is
 * computed from the local date and time, so a series keeps its wall-clock time across a daylight-saving change (the
 * instants are then 167 or 169 hours apart). A local time that does not exist on a day (in the spring gap) moves
 * forward by the gap's length, as clocks do.
 */
public record WeeklySeries(LocalDate firstDay, LocalTime at, int weeks, ZoneId zone) {

    public static final int MAX_WEEKS = 52;

    public WeeklySeries {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("weeks must be 1.." + MAX_WEEKS + ", was " + weeks);
        }
    }

    /** The start of every session of the series, first to last. */
    public List<Instant> starts() {
        List<Instant> starts = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            starts.add(ZonedDateTime.of(firstDay.plusWeeks(i), at, zone).toInstant());
        }
        return starts;
    }
}
