package app.tandem.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.shared.today.MoodWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The week's mood as a sparkline: gaps where there was no check-in, never zeros, and the values in words. */
class MoodSparklineTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void daysWithoutACheckInBreakTheLineAndAreNamedInTheTextAlternative() {
        MoodSparkline chart = MoodSparkline.of(week(4.0, 6.0, null, null, 8.0, 7.5, null), messages(), Locale.UK);

        assertThat(chart.lines())
                .as("Mon-Tue and Fri-Sat; nothing drawn through Wed, Thu or Sun")
                .containsExactly("10.0,18.4 30.0,13.6", "90.0,8.8 110.0,10.0");
        assertThat(chart.dots()).hasSize(4);
        assertThat(chart.label())
                .isEqualTo("Mood: Mon 4, Tue 6, Wed no check-in, Thu no check-in, Fri 8, Sat 8, Sun no check-in");
        assertThat(chart.dayNames()).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    }

    @Test
    void aLoneDayIsADotWithoutALine() {
        MoodSparkline chart = MoodSparkline.of(week(null, null, null, 0.0, null, null, null), messages(), Locale.UK);

        assertThat(chart.lines()).isEmpty();
        assertThat(chart.dots()).containsExactly(new MoodSparkline.Dot(70.0, 28.0));
    }

    private static MoodWeek week(Double... moods) {
        List<MoodWeek.Day> days = new ArrayList<>();
        for (int i = 0; i < moods.length; i++) {
            days.add(new MoodWeek.Day(MONDAY.plusDays(i), moods[i]));
        }
        return new MoodWeek(days, null, null);
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("client.home.mood.label", Locale.UK, "Mood: {0}");
        messages.addMessage("client.home.mood.day", Locale.UK, "{0} {1}");
        messages.addMessage("client.home.mood.gap", Locale.UK, "{0} no check-in");
        return messages;
    }
}
