package app.tandem.screening.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.screening.RiskScreener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The screener on its corpus: texts written for Tandem in the voices of check-in notes, journal entries and
 * forum posts, a quarter held out by a hash of the text. The thresholds guard the figures reached on the
 * held-out part when this version of the rules was written (see the screening README for the figures and
 * the known misses); they are below the product goal, which is measured on real posts by the product owner.
 * The report, with the development part and the blind sets, goes to {@code target/screening-report.txt}.
 */
class ScreenerCorpusTest {

    private static final RiskScreener SCREENER = RiskScreener.standard();

    @Test
    void theCorpusIsLargeEnoughAndLongTextsAreThere() {
        List<Corpus.Entry> corpus = Corpus.standard();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(4000);
        assertThat(corpus.stream()
                        .filter(e -> e.text().length() >= 300 && e.text().length() <= 3000))
                .hasSizeGreaterThanOrEqualTo(500);
        assertThat(corpus.stream().filter(Corpus.Entry::heldOut).count())
                .isBetween(corpus.size() / 5L, corpus.size() * 3L / 10);
    }

    @Test
    void heldOutFiguresStayWhereThisVersionOfTheRulesLeftThem() throws IOException {
        List<Corpus.Entry> corpus = Corpus.standard();
        Scorecard dev =
                Scorecard.of(SCREENER, corpus.stream().filter(e -> !e.heldOut()).toList());
        Scorecard held = Scorecard.of(
                SCREENER, corpus.stream().filter(Corpus.Entry::heldOut).toList());
        Scorecard blind = Scorecard.of(SCREENER, Corpus.load("screening/blind/*.jsonl"));
        Path report = Path.of("target", "screening-report.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(
                report,
                "Risk screener " + SCREENER.rulesVersion() + "\n\n" + held.report("held-out") + "\n"
                        + dev.report("development (the word model was trained on it)") + "\n"
                        + blind.report("blind forum set"));

        assertThat(held.anyRiskRecall()).as("held-out any-risk recall").isGreaterThanOrEqualTo(0.90);
        assertThat(held.moderateOrHighRecall())
                .as("held-out MODERATE+HIGH recall")
                .isGreaterThanOrEqualTo(0.88);
        assertThat(held.hardNegativeFalsePositives())
                .as("held-out hard-negative false positives")
                .isLessThanOrEqualTo(0.10);
        // The blind sets are the sixth and eighth (420 and 400 forum posts, social posts, journal entries and check-in
        // notes), written on 2026-11-30 without sight of the rules or the word model; sets 2, 3, 7 and 9 joined the
        // corpus. The misses of half of set 6 (by a hash of the text) were read to write rules/56-risk-in-other-words;
        // set 8 was only ever measured. These floors are where the screener stands, not goals.
        assertThat(blind.anyRiskRecall()).as("blind any-risk recall").isGreaterThanOrEqualTo(0.90);
        assertThat(blind.moderateOrHighRecall())
                .as("blind MODERATE+HIGH recall")
                .isGreaterThanOrEqualTo(0.82);
        assertThat(blind.noneFalsePositives()).as("blind false positives").isLessThanOrEqualTo(0.10);
        assertThat(blind.hardNegativeFalsePositives())
                .as("blind hard-negative false positives")
                .isLessThanOrEqualTo(0.10);
    }
}
