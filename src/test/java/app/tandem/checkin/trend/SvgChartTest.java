package app.tandem.checkin.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Test
    void aMissingDayBreaksTheLineIntoTwoSegments() {
        TrendSeries s = TrendSeries.of(
                START,
                START.plusDays(4),
                List.of(
                        new TrendSeries.Reading(START, 2), new TrendSeries.Reading(START.plusDays(1), 4),
                        new TrendSeries.Reading(START.plusDays(3), 6), new TrendSeries.Reading(START.plusDays(4), 8)));
        String svg = SvgChart.render("c", s, 0, 10, "Mood", "Mood over 5 days");
        String line = svg.substring(svg.indexOf("class=\"chart__line\" d=\""));
        line = line.substring(23, line.indexOf('"', 23));
        assertThat(line.split("M")).hasSize(3); // "", first segment, second segment
        assertThat(line).doesNotContain(SvgChart.fmt(SvgChart.x(2, 5)) + " ");
    }

    @Test
    void isResponsiveAccessibleAndFreeOfStyleAttributes() {
        TrendSeries s = TrendSeries.of(START, START.plusDays(29), List.of(new TrendSeries.Reading(START, 5)));
        String svg = SvgChart.render("mood", s, 0, 10, "Mood <0-10>", "desc");
        assertThat(svg)
                .contains(
                        "viewBox=\"0 0 640 220\"",
                        "width=\"100%\"",
                        "role=\"img\"",
                        "aria-labelledby=\"mood-title mood-desc\"",
                        "<title id=\"mood-title\">Mood &lt;0-10&gt;</title>",
                        "Mar 1",
                        "Mar 30");
        assertThat(svg).doesNotContain("style=").doesNotContain("<script");
    }

    @Test
    void aDayStandingAloneStillShowsAsADotOnLongRanges() {
        TrendSeries s =
                TrendSeries.of(START, START.plusDays(89), List.of(new TrendSeries.Reading(START.plusDays(40), 5)));
        String svg = SvgChart.render("c", s, 0, 10, "t", "d");
        assertThat(svg).contains("<circle class=\"chart__dot\"");
        assertThat(svg).doesNotContain("chart__average");
    }

    @Test
    void coordinatesHaveOneDecimal() {
        assertThat(SvgChart.fmt(12.34)).isEqualTo("12.3");
        assertThat(SvgChart.fmt(0.05)).isEqualTo("0.1");
        assertThat(SvgChart.fmt(-1.26)).isEqualTo("-1.3");
        assertThat(SvgChart.fmt(7)).isEqualTo("7.0");
    }

    @Test
    void valuesMapTopToBottomWithinTheScale() {
        assertThat(SvgChart.y(10, 0, 10)).isLessThan(SvgChart.y(0, 0, 10));
        assertThat(SvgChart.y(15, 0, 10)).isEqualTo(SvgChart.y(10, 0, 10));
    }
}
