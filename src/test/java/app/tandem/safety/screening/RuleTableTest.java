package app.tandem.safety.screening;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the rule table's own consistency: the cheap anchor prefilter never hides a real match. */
class RuleTableTest {

    @Test
    void anchorsNeverHideAMatch() throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/safety/screening-corpus.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", 4);
                if (f.length == 4) {
                    TextNormalizer.Variants v = TextNormalizer.normalise(f[3]);
                    texts.add(v.twoLetter());
                    if (!v.single()) {
                        texts.add(v.oneLetter());
                    }
                }
            }
        }
        List<String> hidden = new ArrayList<>();
        for (Rule rule : RuleTable.rules()) {
            for (String t : texts) {
                if (!rule.mayMatch(t) && rule.pattern().matcher(t).find()) {
                    hidden.add(rule.id() + ": " + t);
                }
            }
        }
        assertThat(hidden).as("matches hidden by a missing anchor").isEmpty();
    }

    @Test
    void everyRuleHasAnIdAndCompiles() {
        assertThat(RuleTable.rules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.id()).matches("[a-z-]+");
            assertThat(r.pattern().matcher("").find()).as(r.id() + " must not match empty text").isFalse();
        });
    }
}
