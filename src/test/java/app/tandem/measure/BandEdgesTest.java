package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every published band edge of every instrument, hit by answer vectors with exactly that total. */
class BandEdgesTest {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.loadDefault();
    private final InstrumentScorer scorer = new InstrumentScorer();

    @ParameterizedTest(name = "PHQ-9 total {0} -> {1}, positive {2}")
    @CsvSource({
        "0, minimal, false", "4, minimal, false",
        "5, mild, false", "9, mild, false",
        "10, moderate, true", "14, moderate, true",
        "15, moderately-severe, true", "19, moderately-severe, true",
        "20, severe, true", "27, severe, true"
    })
    void phq9(int total, String band, boolean positive) {
        Score score = scorer.score(CATALOG.get("phq9"), Answers.summingTo(total, 9, 3));
        assertThat(score.complete()).isTrue();
        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band().code()).isEqualTo(band);
        assertThat(score.screenPositive()).isEqualTo(positive);
        assertThat(score.percentage()).isNull();
        assertThat(score.count()).isNull();
    }

    @ParameterizedTest(name = "GAD-7 total {0} -> {1}, positive {2}")
    @CsvSource({
        "0, minimal, false", "4, minimal, false",
        "5, mild, false", "9, mild, false",
        "10, moderate, true", "14, moderate, true",
        "15, severe, true", "21, severe, true"
    })
    void gad7(int total, String band, boolean positive) {
        Score score = scorer.score(CATALOG.get("gad7"), Answers.summingTo(total, 7, 3));
        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band().code()).isEqualTo(band);
        assertThat(score.screenPositive()).isEqualTo(positive);
    }

    @ParameterizedTest(name = "WHO-5 answers {0} -> raw {1}, {2}%, {3}, poor well-being {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0,0,0,0,0 | 0  | 0   | poor              | true",
                "2,2,2,1,0 | 7  | 28  | poor              | true",
                "2,2,2,2,0 | 8  | 32  | poor              | true",
                "3,3,2,2,2 | 12 | 48  | poor              | true",
                "3,3,3,2,2 | 13 | 52  | adequate          | false",
                "5,5,3,0,0 | 13 | 52  | adequate          | true",
                "4,4,4,4,4 | 20 | 80  | adequate          | false",
                "5,5,5,4,1 | 20 | 80  | adequate          | true",
                "5,5,5,5,0 | 20 | 80  | adequate          | true",
                "5,5,5,5,2 | 22 | 88  | adequate          | false",
                "5,5,5,5,5 | 25 | 100 | adequate          | false"
            })
    void who5(String answers, int raw, int percentage, String band, boolean poorWellBeing) {
        Score score = scorer.score(CATALOG.get("who5"), ints(answers));
        assertThat(score.total()).isEqualTo(raw);
        assertThat(score.percentage()).isEqualTo(percentage);
        assertThat(score.band().code()).isEqualTo(band);
        assertThat(score.screenPositive()).as("raw < 13 or any item 0 or 1").isEqualTo(poorWellBeing);
    }

    @ParameterizedTest(name = "ASRS answers {0} -> count {1}, positive {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0,0,0,0,0,0 | 0 | false",
                "1,1,1,2,2,2 | 0 | false",
                "2,2,2,0,0,0 | 3 | false",
                "2,2,2,2,2,2 | 3 | false",
                "1,1,1,3,3,3 | 3 | false",
                "2,2,2,3,2,2 | 4 | true",
                "2,1,1,3,3,3 | 4 | true",
                "1,2,1,3,3,3 | 4 | true",
                "4,4,4,4,0,0 | 4 | true",
                "2,2,2,3,3,3 | 6 | true",
                "4,4,4,4,4,4 | 6 | true"
            })
    void asrs(String answers, int count, boolean positive) {
        Score score = scorer.score(CATALOG.get("asrs6"), ints(answers));
        assertThat(score.complete()).isTrue();
        assertThat(score.count()).isEqualTo(count);
        assertThat(score.screenPositive()).isEqualTo(positive);
        assertThat(score.total()).as("ASRS Part A has no total").isNull();
        assertThat(score.band()).isNull();
    }

    @ParameterizedTest(name = "PCL-5 total {0} -> {1}, positive {2}")
    @CsvSource({
        "0, below-provisional-threshold, false",
        "32, below-provisional-threshold, false",
        "33, at-or-above-provisional-threshold, true",
        "80, at-or-above-provisional-threshold, true"
    })
    void pcl5(int total, String band, boolean positive) {
        Score score = scorer.score(CATALOG.get("pcl5"), Answers.summingTo(total, 20, 4));
        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band().code()).isEqualTo(band);
        assertThat(score.screenPositive()).isEqualTo(positive);
        assertThat(CATALOG.get("pcl5").bandKind()).isEqualTo(BandKind.CUTOFF_CATEGORY);
    }

    private static List<Integer> ints(String csv) {
        return java.util.Arrays.stream(csv.split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .toList();
    }
}
