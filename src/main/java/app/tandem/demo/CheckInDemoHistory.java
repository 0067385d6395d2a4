package app.tandem.demo;

import app.tandem.checkin.CheckIns;
import app.tandem.checkin.HistoricalCheckIn;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * About five months of daily check-ins for the demo clients, generated from a seeded random so every
 * demo looks the same: a weekly rhythm, missed days, the odd evening check-in, sleep that carries into
 * the next day's mood (so the sleep insight shows), and for Alex a rough patch then gradual improvement.
 * Notes are ordinary; risk belongs to the safety demo.
 */
@Component
class CheckInDemoHistory implements DemoHistory {

    static final int DAYS = 150;
    private static final Logger log = LoggerFactory.getLogger(CheckInDemoHistory.class);
    private static final String[] NOTES = {
        "Slept badly, the neighbours were loud.",
        "Good walk with the dog after work.",
        "Presentation went better than I expected.",
        "Tired but okay.",
        "Called my sister, felt lighter afterwards.",
        "Work deadline all week, hard to switch off.",
        "Tried the breathing exercise before bed.",
        "Rainy day, stayed in and read.",
        "Argued with my partner about chores, we talked it through later.",
        "Went to the climbing gym with a friend.",
        "Skipped lunch again, need to plan better.",
        "Noticed I was catastrophising about the review, wrote it down instead."
    };

    private final CheckIns checkIns;
    private final Clock clock;

    CheckInDemoHistory(CheckIns checkIns, Clock clock) {
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** How one person's days tend to go. */
    private record Profile(
            long seed,
            double checkInRate,
            double moodStart,
            double moodEnd,
            int roughFrom,
            int roughTo,
            double roughDrop,
            double sleepMean,
            double anxietyBase,
            double weekendLift,
            double mondayDip) {}

    @Override
    public void seed(DemoPeople people) {
        long started = System.nanoTime();
        ZoneId zone = ZoneId.of(DemoPractice.ZONE);
        int alex = checkIns.recordHistorical(
                people.alex(), history(new Profile(11, 0.85, 4.6, 6.6, 45, 68, 1.8, 6.8, 6.0, 0.8, 0.7), zone));
        int sam = checkIns.recordHistorical(
                people.sam(), history(new Profile(23, 0.9, 5.8, 6.3, -1, -1, 0, 7.1, 5.2, 0.5, 1.0), zone));
        int riley = checkIns.recordHistorical(
                people.riley(), history(new Profile(37, 0.6, 5.2, 5.0, 90, 104, 1.2, 6.4, 4.5, 0.3, 0.2), zone));
        log.info("Seeded {} demo check-ins in {} ms", alex + sam + riley, (System.nanoTime() - started) / 1_000_000);
    }

    private List<HistoricalCheckIn> history(Profile p, ZoneId zone) {
        Random random = new Random(p.seed());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<HistoricalCheckIn> entries = new ArrayList<>();
        double previousSleep = p.sleepMean();
        double drift = 0;
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = today.minusDays(DAYS - 1 - i);
            double sleep = clamp(
                    Math.round((p.sleepMean()
                                            + random.nextGaussian() * 1.1
                                            - (day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.5 : 0))
                                    * 2)
                            / 2.0,
                    3,
                    10.5);
            drift = 0.6 * drift + random.nextGaussian() * 0.25; // a few good or bad days in a row
            double mood = p.moodStart()
                    + (p.moodEnd() - p.moodStart()) * i / (DAYS - 1.0)
                    + 1.0 * (previousSleep - 7)
                    + weekday(day, p)
                    + drift
                    + random.nextGaussian() * 0.45
                    - (i >= p.roughFrom() && i <= p.roughTo() ? p.roughDrop() : 0);
            previousSleep = sleep;
            boolean rough = i >= p.roughFrom() && i <= p.roughTo();
            boolean missed = random.nextDouble() > (rough ? p.checkInRate() - 0.2 : p.checkInRate());
            if (missed && i < DAYS - 3) {
                continue; // a missed day (never in the last few days, so the demo looks current)
            }
            int moodScore = (int) clamp(Math.round(mood), 0, 10);
            Instant morning = day.atTime(LocalTime.of(7, 15).plusMinutes(random.nextInt(150)))
                    .atZone(zone)
                    .toInstant();
            if (morning.isAfter(now)) {
                continue;
            }
            entries.add(entry(random, morning, moodScore, sleep, p));
            Instant evening = day.atTime(LocalTime.of(20, 0).plusMinutes(random.nextInt(120)))
                    .atZone(zone)
                    .toInstant();
            if (random.nextDouble() < 0.07 && evening.isBefore(now)) {
                int later = (int) clamp(moodScore + random.nextInt(3) - 1, 0, 10);
                entries.add(new HistoricalCheckIn(
                        evening,
                        later,
                        anxiety(random, later, p),
                        null,
                        null,
                        energy(random, later, sleep),
                        emotions(random, later),
                        List.of(),
                        null));
            }
        }
        return entries;
    }

    private HistoricalCheckIn entry(Random random, Instant at, int mood, double sleep, Profile p) {
        Integer quality = (int) clamp(Math.round((sleep - 3) / 1.6 + random.nextGaussian() * 0.6), 1, 5);
        String note = random.nextDouble() < 0.12 ? NOTES[random.nextInt(NOTES.length)] : null;
        return new HistoricalCheckIn(
                at,
                mood,
                anxiety(random, mood, p),
                random.nextDouble() < 0.9 ? sleep : null,
                quality,
                energy(random, mood, sleep),
                emotions(random, mood),
                tags(random, mood),
                note);
    }

    private static double weekday(LocalDate day, Profile p) {
        DayOfWeek d = day.getDayOfWeek();
        if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) {
            return p.weekendLift();
        }
        return d == DayOfWeek.MONDAY ? -p.mondayDip() : 0;
    }

    private static Integer anxiety(Random random, int mood, Profile p) {
        return random.nextDouble() < 0.1
                ? null
                : (int) clamp(Math.round(p.anxietyBase() - 0.6 * (mood - 5) + random.nextGaussian() * 1.2), 0, 10);
    }

    private static Integer energy(Random random, int mood, double sleep) {
        return random.nextDouble() < 0.15
                ? null
                : (int) clamp(Math.round(0.6 * mood + 0.4 * (sleep - 2) + random.nextGaussian()), 0, 10);
    }

    private static List<String> emotions(Random random, int mood) {
        String[] good = {"calm", "content", "hopeful", "grateful"};
        String[] low = {"tired", "sad", "lonely", "anxious", "irritable", "overwhelmed", "numb"};
        List<String> picked = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String[] pool = random.nextInt(10) < mood ? good : low;
            String e = pool[random.nextInt(pool.length)];
            if (!picked.contains(e)) {
                picked.add(e);
            }
        }
        return picked;
    }

    private static List<String> tags(Random random, int mood) {
        List<String> tags = new ArrayList<>();
        if (random.nextDouble() < 0.15 + mood * 0.04) {
            tags.add("exercise");
        }
        if (random.nextDouble() < 0.35) {
            tags.add("outside");
        }
        if (random.nextDouble() < 0.25) {
            tags.add("social");
        }
        if (random.nextDouble() < 0.6) {
            tags.add("work");
        }
        if (random.nextDouble() < 0.2) {
            tags.add("homework");
        }
        if (random.nextDouble() < 0.1) {
            tags.add("late-screens");
        }
        return tags;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
