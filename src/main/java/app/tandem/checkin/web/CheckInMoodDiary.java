package app.tandem.checkin.web;

import app.tandem.checkin.internal.CheckInQueries;
import app.tandem.checkin.internal.DayPoint;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.today.MoodDiary;
import app.tandem.shared.today.MoodWeek;
import app.tandem.shared.web.SectionView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The check-in's part of the client's Today: the mood of the last seven days and, until they have checked in today,
 * a one-tap mood scale of five faces and a save button (two taps from Today), with the full check-in one link away.
 *
 * <p>Each face stands for a fifth of the 0-10 mood scale and is stored at that fifth's middle (1, 3, 5, 7, 9), so a
 * quick check-in sits on the same scale, charts and trends as a full one; the full form keeps all eleven points.
 */
@Component
class CheckInMoodDiary implements MoodDiary {

    /** A face of the quick mood scale: the mood it stores and its message key. */
    record Face(int mood, String key) {}

    static final List<Face> FACES = List.of(
            new Face(1, "veryLow"),
            new Face(3, "low"),
            new Face(5, "okay"),
            new Face(7, "good"),
            new Face(9, "veryGood"));

    private final CheckInQueries queries;
    private final Clock clock;

    CheckInMoodDiary(CheckInQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public MoodWeek weekOf(CurrentUser client) {
        LocalDate today = LocalDate.now(clock.withZone(client.zone()));
        LocalDate first = today.minusDays(MoodWeek.DAYS - 1L);
        Map<LocalDate, Double> means = queries.points(client, client.id(), first, today).stream()
                .collect(Collectors.groupingBy(DayPoint::day, Collectors.averagingInt(DayPoint::mood)));
        List<MoodWeek.Day> days = new ArrayList<>(MoodWeek.DAYS);
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            days.add(new MoodWeek.Day(d, means.get(d)));
        }
        ZonedDateTime lastToday = queries.latest(client, client.id())
                .map(at -> at.atZone(client.zone()))
                .filter(at -> at.toLocalDate().equals(today))
                .orElse(null);
        SectionView checkIn = lastToday != null
                ? null
                : new SectionView(
                        "checkin/home-section",
                        Map.of("token", UUID.randomUUID().toString(), "faces", FACES));
        return new MoodWeek(days, lastToday, checkIn);
    }
}
