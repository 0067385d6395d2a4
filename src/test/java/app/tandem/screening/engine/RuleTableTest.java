package app.tandem.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the rule table's own consistency: splitting and start-position dispatch never lose a match. */
class RuleTableTest {

    @Test
    void dispatchNeverHidesAMatch() throws IOException {
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
        List<Rule> pieces = new ArrayList<>();
        for (Rule r : RuleTable.rules()) {
            for (String p : PatternSplitter.split(r.pattern().pattern())) {
                pieces.add(new Rule(r.id(), r.level(), r.kind(), r.flags(), java.util.regex.Pattern.compile(p)));
            }
        }
        RuleDispatch dispatch = new RuleDispatch(pieces);
        List<String> hidden = new ArrayList<>();
        for (String t : texts) {
            for (int k = 0; k < pieces.size(); k++) {
                final int piece = k;
                java.util.regex.Matcher m = pieces.get(k).pattern().matcher(t);
                while (m.find()) {
                    int start = m.start();
                    if (java.util.Arrays.stream(dispatch.candidates(t, start)).noneMatch(c -> c == piece)) {
                        hidden.add(pieces.get(k).id() + " @" + start + ": " + t);
                    }
                }
            }
        }
        assertThat(hidden)
                .as("matches the start-position dispatch would never try")
                .isEmpty();
    }

    @Test
    void splittingKeepsEveryRuleMatch() throws IOException {
        // Every text a whole rule matches is matched by at least one of its pieces, at the same start.
        List<String> texts = corpusTexts();
        for (Rule r : RuleTable.rules()) {
            List<java.util.regex.Pattern> pieces = PatternSplitter.split(
                            r.pattern().pattern())
                    .stream()
                    .map(java.util.regex.Pattern::compile)
                    .toList();
            for (String t : texts) {
                java.util.regex.Matcher m = r.pattern().matcher(t);
                while (m.find()) {
                    int start = m.start();
                    boolean found = pieces.stream().anyMatch(p -> {
                        java.util.regex.Matcher pm = p.matcher(t);
                        pm.useTransparentBounds(true);
                        pm.useAnchoringBounds(false);
                        pm.region(start, t.length());
                        return pm.lookingAt();
                    });
                    assertThat(found).as(r.id() + " @" + start + " in: " + t).isTrue();
                }
            }
        }
    }

    private List<String> corpusTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/safety/screening-corpus.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", 4);
                if (f.length == 4) {
                    texts.add(TextNormalizer.normalise(f[3]).twoLetter());
                }
            }
        }
        return texts;
    }

    @Test
    void everyRuleHasAnIdAndCompiles() {
        assertThat(RuleTable.rules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.id()).matches("[a-z-]+");
            assertThat(r.pattern().matcher("").find())
                    .as(r.id() + " must not match empty text")
                    .isFalse();
        });
    }
}
