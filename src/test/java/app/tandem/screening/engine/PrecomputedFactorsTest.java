package app.tandem.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The precomputed analysis must be current (else start-up is slow, never wrong) and decode to the live analysis. */
class PrecomputedFactorsTest {

    @Test
    void precomputedDataIsForTheCurrentRuleTableAndEqualsTheLiveAnalysis() throws Exception {
        List<String> pieces = PrecomputedFactors.standardPieces();
        assertThat(PrecomputedFactorsData.FINGERPRINT)
                .as("PrecomputedFactorsData is stale: run PrecomputedFactorsGenerator (see its javadoc)")
                .isEqualTo(PrecomputedFactors.fingerprint(pieces));
        assertThat(PrecomputedFactors.lookup(pieces)).isEqualTo(PrecomputedFactors.analyseAll(pieces));
        assertThat(PrecomputedFactorsGenerator.source())
                .as("generated source is current")
                .isEqualTo(java.nio.file.Files.readString(PrecomputedFactorsGenerator.TARGET));
    }

    @Test
    void otherPiecesDoNotUseThePrecomputedData() {
        assertThat(PrecomputedFactors.lookup(List.of("\\bwant to die"))).isNull();
    }

    @Test
    void encodingRoundTrips() {
        List<RegexFactors.Info> infos = List.of(
                RegexFactors.analyse("\\b(?:want|wanna) (?:to )?die+\\b"),
                RegexFactors.analyse("(?:[.!?]\\s*)done\\s*(?:[.!]|$)"),
                RegexFactors.analyse("\\w+ \"quoted\" \\\\ back"));
        List<RegexFactors.Info> plain = infos.stream()
                .map(i -> new RegexFactors.Info(null, i.prefix(), i.clauses()))
                .toList();
        assertThat(PrecomputedFactors.decode(PrecomputedFactors.encode(plain))).isEqualTo(plain);
    }
}
