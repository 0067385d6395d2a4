package app.tandem.checkin.need;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Whether a client has stopped checking in, judged against their own habit. "Usually" is the median gap between
 * the days with a check-in in the {@value #USUAL_DAYS} days up to their latest check-in, which needs at least
 * {@value #MIN_DAYS_FOR_USUAL} such days; the check-ins have stopped when the days since the latest exceed
 * {@code max(}{@value #MIN_SILENCE}{@code , 2 x median gap + 1)}.
 */
final class CheckInPattern {

    static final int USUAL_DAYS = 28;
    static final int MIN_DAYS_FOR_USUAL = 4;
    static final int MIN_SILENCE = 3;

    private CheckInPattern() {}

    /** A silence longer than usual: how long, the usual gap and the allowed silence. */
    record Silence(LocalDate lastDay, long days, double usualGap, long allowed) {

        /** 1 when longer than allowed, 2 when longer than twice that. */
        int severity() {
            return days > 2 * allowed ? 2 : 1;
        }
    }

    static Optional<Silence> silence(SortedSet<LocalDate> days, LocalDate today) {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        LocalDate last = days.last();
        List<LocalDate> usual = new ArrayList<>(days.tailSet(last.minusDays(USUAL_DAYS - 1)));
        if (usual.size() < MIN_DAYS_FOR_USUAL) {
            return Optional.empty();
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < usual.size(); i++) {
            gaps.add(ChronoUnit.DAYS.between(usual.get(i - 1), usual.get(i)));
        }
        gaps.sort(null);
        int n = gaps.size();
        double median = n % 2 == 1 ? gaps.get(n / 2) : (gaps.get(n / 2 - 1) + gaps.get(n / 2)) / 2.0;
        long allowed = Math.max(MIN_SILENCE, (long) Math.ceil(2 * median) + 1);
        long since = ChronoUnit.DAYS.between(last, today);
        return since > allowed ? Optional.of(new Silence(last, since, median, allowed)) : Optional.empty();
    }
}
