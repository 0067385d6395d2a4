package app.tandem.measure;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a client is asked to complete an assigned instrument: once, every N days or every N weeks from a start
 * date, each occurrence open for {@code windowDays} days (from local midnight of its date to local midnight
 * {@code windowDays} later, in the client's zone) and missed when that window closes without a completed response.
 * Plain Java; all dates are the client's local dates.
 */
public record AssignmentSchedule(Recurrence recurrence, int interval, LocalDate start, int windowDays, ZoneId zone) {

    /**
     * How often an assignment repeats. BEFORE_SESSION is due in a window before each of the client's sessions (from
     * {@link #BEFORE_SESSION_WINDOW} before its start until it starts); its occurrences come from the sessions, not
     * from this schedule.
     */
    public enum Recurrence {
        ONCE,
        EVERY_DAYS,
        EVERY_WEEKS,
        BEFORE_SESSION
    }

    /** How long before a session a "before each session" occurrence opens. */
    public static final Duration BEFORE_SESSION_WINDOW = Duration.ofDays(2);

    public AssignmentSchedule {
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        if (recurrence == Recurrence.ONCE || recurrence == Recurrence.BEFORE_SESSION) {
            interval = 1;
        }
        if (recurrence == Recurrence.BEFORE_SESSION) {
            windowDays = (int) BEFORE_SESSION_WINDOW.toDays();
        }
        if (interval < 1 || interval > 365) {
            throw new IllegalArgumentException("interval must be 1..365, was " + interval);
        }
        if (windowDays < 1 || windowDays > 365) {
            throw new IllegalArgumentException("window must be 1..365 days, was " + windowDays);
        }
        if (recurrence != Recurrence.ONCE
                && recurrence != Recurrence.BEFORE_SESSION
                && windowDays > stepDays(recurrence, interval)) {
            throw new IllegalArgumentException("window (" + windowDays + " days) must not be longer than the "
                    + "time between occurrences (" + stepDays(recurrence, interval) + " days)");
        }
    }

    public static AssignmentSchedule once(LocalDate due, int windowDays, ZoneId zone) {
        return new AssignmentSchedule(Recurrence.ONCE, 1, due, windowDays, zone);
    }

    public static AssignmentSchedule everyDays(int days, LocalDate start, int windowDays, ZoneId zone) {
        return new AssignmentSchedule(Recurrence.EVERY_DAYS, days, start, windowDays, zone);
    }

    public static AssignmentSchedule everyWeeks(int weeks, LocalDate start, int windowDays, ZoneId zone) {
        return new AssignmentSchedule(Recurrence.EVERY_WEEKS, weeks, start, windowDays, zone);
    }

    /** Due before each session from {@code start} on (the window is fixed: {@link #BEFORE_SESSION_WINDOW}). */
    public static AssignmentSchedule beforeEachSession(LocalDate start, ZoneId zone) {
        return new AssignmentSchedule(Recurrence.BEFORE_SESSION, 1, start, 2, zone);
    }

    public boolean beforeSessions() {
        return recurrence == Recurrence.BEFORE_SESSION;
    }

    /** Days between two occurrences (null-free: ONCE and BEFORE_SESSION have none, reported as 0). */
    public int stepDays() {
        return recurrence == Recurrence.ONCE || recurrence == Recurrence.BEFORE_SESSION
                ? 0
                : stepDays(recurrence, interval);
    }

    private static int stepDays(Recurrence recurrence, int interval) {
        return recurrence == Recurrence.EVERY_WEEKS ? interval * 7 : interval;
    }

    /** Occurrence dates from {@code from} to {@code to}, both inclusive. */
    public List<LocalDate> occurrencesBetween(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        if (to.isBefore(from) || to.isBefore(start) || recurrence == Recurrence.BEFORE_SESSION) {
            return dates;
        }
        if (recurrence == Recurrence.ONCE) {
            if (!start.isBefore(from)) {
                dates.add(start);
            }
            return dates;
        }
        int step = stepDays();
        long skip = from.isAfter(start) ? ceilDiv(ChronoUnit.DAYS.between(start, from), step) : 0;
        for (LocalDate d = start.plusDays(skip * step); !d.isAfter(to); d = d.plusDays(step)) {
            dates.add(d);
        }
        return dates;
    }

    /** The occurrence whose window contains {@code day}, if any (windows never overlap). */
    public Optional<LocalDate> dueOn(LocalDate day) {
        List<LocalDate> candidates = occurrencesBetween(day.minusDays(windowDays - 1L), day);
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(candidates.size() - 1));
    }

    /** The instant an occurrence's window opens: local midnight of its date. */
    public Instant windowOpensAt(LocalDate occurrence) {
        return occurrence.atStartOfDay(zone).toInstant();
    }

    /** The instant an occurrence's window closes: local midnight {@code windowDays} after its date. */
    public Instant windowClosesAt(LocalDate occurrence) {
        return occurrence.plusDays(windowDays).atStartOfDay(zone).toInstant();
    }

    /** True when a response completed at {@code completedAt} falls inside the occurrence's window. */
    public boolean satisfiedBy(LocalDate occurrence, Instant completedAt) {
        return !completedAt.isBefore(windowOpensAt(occurrence)) && completedAt.isBefore(windowClosesAt(occurrence));
    }

    /** The occurrence open at {@code now} that no completion has satisfied yet. */
    public Optional<LocalDate> dueNow(Collection<Instant> completions, Instant now) {
        return dueOn(now.atZone(zone).toLocalDate())
                .filter(occurrence -> completions.stream().noneMatch(c -> satisfiedBy(occurrence, c)));
    }

    /** Occurrences whose window closed at or before {@code now} without a completion inside it. */
    public List<LocalDate> missed(Collection<Instant> completions, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return occurrencesBetween(start, today).stream()
                .filter(occurrence -> !windowClosesAt(occurrence).isAfter(now))
                .filter(occurrence -> completions.stream().noneMatch(c -> satisfiedBy(occurrence, c)))
                .toList();
    }

    /** True when a response completed at {@code completedAt} falls in the window before the session. */
    public static boolean satisfiesSession(Instant sessionStart, Instant completedAt) {
        return !completedAt.isBefore(sessionStart.minus(BEFORE_SESSION_WINDOW)) && completedAt.isBefore(sessionStart);
    }

    /** The session whose window is open at {@code now} and that no completion has satisfied yet. */
    public Optional<Instant> dueBeforeSession(
            List<Instant> sessionStarts, Collection<Instant> completions, Instant now) {
        return sessionStarts.stream()
                .filter(s -> counts(s) && now.isBefore(s) && !now.isBefore(s.minus(BEFORE_SESSION_WINDOW)))
                .filter(s -> completions.stream().noneMatch(c -> satisfiesSession(s, c)))
                .findFirst();
    }

    /** Sessions that started at or before {@code now} without a completion in their window. */
    public List<Instant> missedSessions(List<Instant> sessionStarts, Collection<Instant> completions, Instant now) {
        return sessionStarts.stream()
                .filter(s -> counts(s) && !s.isAfter(now))
                .filter(s -> completions.stream().noneMatch(c -> satisfiesSession(s, c)))
                .toList();
    }

    /** Only sessions from the assignment's first day count. */
    private boolean counts(Instant sessionStart) {
        return !sessionStart.atZone(zone).toLocalDate().isBefore(start);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
