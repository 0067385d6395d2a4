package app.tandem.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.screening.Screening;
import app.tandem.screening.engine.bench.ScreenerBenchmark;
import app.tandem.screening.engine.bench.ScreenerProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trigger-string prefilter must never change a screening: on every corpus text (both elongation variants),
 * on mixed ~300-character texts and on sentences built from every lexicon word, the prefiltered engine finds the
 * same raw matches and gives the same screening as the reference engine that tries every piece at every position
 * its start-position index allows.
 */
class PrefilterEquivalenceTest {

    private static ScreeningEngine fast;
    private static ScreeningEngine reference;

    @BeforeAll
    static void engines() {
        fast = ScreeningEngine.standard();
        reference = ScreeningEngine.reference(RuleTable.rules());
    }

    @Test
    void everyCorpusTextScreensTheSameWithAndWithoutThePrefilter() throws IOException {
        assertSame(corpusTexts());
    }

    @Test
    void mixedCheckInTextsScreenTheSameWithAndWithoutThePrefilter() throws Exception {
        List<String> texts = new ArrayList<>(ScreenerBenchmark.texts());
        texts.addAll(ScreenerProfile.texts(1500, 0.3, 11));
        assertSame(texts);
    }

    @Test
    void everyLexiconWordIsATriggerInContext() {
        List<String> texts = new ArrayList<>();
        List<String> words = new ArrayList<>(List.of(
                // shorthand and emoji (mapped to words by the normaliser)
                "kms",
                "kys",
                "ctb",
                "sh",
                "s/h",
                "si",
                "od",
                "od'd",
                "unalive",
                "sewer slide",
                "su1c1de",
                "s*icide",
                "self delete",
                "💊",
                "🔪",
                "🔫",
                "🪦",
                "⚰",
                "🪢",
                "🩸",
                "🪒",
                "💉",
                "💀",
                "😂"));
        words.addAll(List.of(
                "paracetamol",
                "acetaminophen",
                "tylenol",
                "ibuprofen",
                "advil",
                "motrin",
                "aspirin",
                "sertraline",
                "zoloft",
                "fluoxetine",
                "prozac",
                "citalopram",
                "escitalopram",
                "lexapro",
                "xanax",
                "alprazolam",
                "valium",
                "diazepam",
                "klonopin",
                "clonazepam",
                "ativan",
                "lorazepam",
                "benzo",
                "benzos",
                "oxy",
                "oxys",
                "oxycodone",
                "oxycontin",
                "percocet",
                "vicodin",
                "hydrocodone",
                "morphine",
                "fentanyl",
                "heroin",
                "tramadol",
                "codeine",
                "seroquel",
                "quetiapine",
                "lithium",
                "lamictal",
                "lamotrigine",
                "trazodone",
                "ambien",
                "zolpidem",
                "amitriptyline",
                "benadryl",
                "diphenhydramine",
                "insulin",
                "adderall",
                "nyquil",
                "melatonin",
                "rope",
                "noose",
                "belt",
                "gun",
                "firearm",
                "pistol",
                "rifle",
                "shotgun",
                "knife",
                "knives",
                "blade",
                "blades",
                "razor",
                "razors",
                "bridge",
                "ledge",
                "roof",
                "rooftop",
                "cliff",
                "cliffs",
                "train tracks",
                "tracks",
                "train",
                "balcony",
                "bleach",
                "poison",
                "charcoal",
                "carbon monoxide",
                "garage",
                "medicine cabinet",
                "car exhaust",
                "the pills",
                "my pills",
                "the bottle",
                "the meds",
                "pills",
                "meds",
                "tablets",
                "painkillers",
                "sleeping pills"));
        String[] frames = {
            "%s", "i keep thinking about the %s", "i want to kill myself with the %s tonight",
                    "i'm going to take all my %s",
            "saved up 40 %s", "i bought a %s", "thinking about %s again. i want to die", "i took 20 %s last night",
            "the %s is ready. goodbye", "my friend has %s lol", "i'm done. %s", "idk %s rn, not suicidal tho",
        };
        for (String w : words) {
            for (String f : frames) {
                texts.add(String.format(f, w));
                texts.add(String.format(f, w.toUpperCase(java.util.Locale.ROOT)) + "!!!");
            }
        }
        assertSame(texts);
    }

    @Test
    void sentenceCuesAreFoundExactlyAsARegexSearchOverTheSentenceWould() throws Exception {
        CueIndex cues = new CueIndex(TextLayout.CUE_PATTERNS);
        assertThat(cues.scanAllCount())
                .as("cue pieces scanned at every position")
                .isLessThanOrEqualTo(6);
        List<String> texts = new ArrayList<>(corpusTexts());
        texts.addAll(ScreenerBenchmark.texts());
        texts.addAll(ScreenerProfile.texts(500, 0.3, 13));
        List<String> different = new ArrayList<>();
        int found = 0;
        for (String raw : texts) {
            String t = TextNormalizer.normalise(raw).twoLetter();
            TextLayout layout = TextLayout.of(t);
            CueIndex.Scan scan = cues.scan(t);
            for (int slot = 0; slot < TextLayout.CUE_PATTERNS.size(); slot++) {
                // Each sentence, the whole text, and every clause start to the text's end.
                List<int[]> regions = new ArrayList<>();
                for (int i = 0; i < layout.sentenceCount(); i++) {
                    regions.add(new int[] {layout.sentenceStart(i), layout.sentenceEnd(i)});
                }
                regions.add(new int[] {0, t.length()});
                for (int[] r : regions) {
                    Matcher m = TextLayout.CUE_PATTERNS.get(slot).matcher(t);
                    m.region(r[0], r[1]);
                    m.useTransparentBounds(true);
                    boolean expected = m.find();
                    found += expected ? 1 : 0;
                    if (scan.find(slot, r[0], r[1]) != expected) {
                        different.add("slot " + slot + " [" + r[0] + "," + r[1] + ") expected " + expected + ": " + t);
                    }
                }
            }
        }
        assertThat(different).isEmpty();
        assertThat(found).as("cues present somewhere").isGreaterThan(500);
    }

    @Test
    void requiredStringsAndStartPrefixesHoldForEveryMatchInTheCorpus() throws IOException {
        // Soundness of the regex analysis itself, piece by piece: every match contains a string of each clause
        // and starts with one of the start prefixes.
        List<String> texts = new ArrayList<>();
        for (String t : corpusTexts()) {
            TextNormalizer.Variants v = TextNormalizer.normalise(t);
            texts.add(v.twoLetter());
            if (!v.single()) {
                texts.add(v.oneLetter());
            }
        }
        List<String> broken = new ArrayList<>();
        for (Rule r : RuleTable.rules()) {
            for (String piece : PatternSplitter.split(r.pattern().pattern())) {
                RegexFactors.Info info = RegexFactors.analyse(piece);
                Pattern p = Pattern.compile(piece);
                for (String t : texts) {
                    Matcher m = p.matcher(t);
                    while (m.find()) {
                        String match = t.substring(m.start(), m.end());
                        for (Set<String> clause : info.clauses()) {
                            if (clause.stream().noneMatch(match::contains)) {
                                broken.add(r.id() + " clause " + clause + " not in '" + match + "'");
                            }
                        }
                        Set<String> prefix = info.prefix();
                        if (prefix != null && prefix.stream().noneMatch(match::startsWith)) {
                            broken.add(r.id() + " prefix " + prefix + " not at '" + match + "'");
                        }
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void regexAnalysisFindsRequiredWordsAndPrefixes() {
        RegexFactors.Info wish =
                RegexFactors.analyse("\\b(?:want|wanna) (?:to )?(?:just |really )*(?:die+\\b|be dead)");
        assertThat(wish.prefix()).containsExactlyInAnyOrder("want ", "wanna");
        assertThat(wish.clauses()).anySatisfy(c -> assertThat(c).containsExactlyInAnyOrder("die", "be dead"));

        RegexFactors.Info done = RegexFactors.analyse("(?:[.!?]\\s*)done\\s*(?:[.!]|$)");
        assertThat(done.clauses()).containsExactly(Set.of("done"));

        RegexFactors.Info kms = RegexFactors.analyse("(?<!\\d )(?<!\\d)kms\\b");
        assertThat(kms.exact()).containsExactly("kms");

        // Optional parts and \w carry no requirement; a word list is one clause.
        RegexFactors.Info loose = RegexFactors.analyse("(?:\\w+ )?(?:pills|rope)?x");
        assertThat(loose.clauses()).isEmpty();
    }

    @Test
    void fewPiecesEscapeThePrefilter() {
        PrefilterMatcher m = (PrefilterMatcher) fast.matcher();
        assertThat(m.unconditionalCount()).as("pieces tried on every text").isZero();
        assertThat(m.scanAllCount()).as("pieces scanned at every position").isLessThanOrEqualTo(3);
    }

    private static void assertSame(List<String> texts) {
        List<String> different = new ArrayList<>();
        for (String text : texts) {
            TextNormalizer.Variants v = TextNormalizer.normalise(text);
            for (String s : v.single() ? List.of(v.twoLetter()) : List.of(v.twoLetter(), v.oneLetter())) {
                int[] a = fast.rawMatches(s);
                int[] b = reference.rawMatches(s);
                if (!Arrays.equals(a, b)) {
                    different.add("raw " + Arrays.toString(a) + " vs " + Arrays.toString(b) + ": " + s);
                }
            }
            Screening x = fast.screen(text);
            Screening y = reference.screen(text);
            if (!x.equals(y)) {
                different.add("screening " + x + " vs " + y + ": " + text);
            }
        }
        assertThat(different).as("texts screened differently").isEmpty();
        assertThat(texts).hasSizeGreaterThan(100);
    }

    private static List<String> corpusTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = PrefilterEquivalenceTest.class.getResourceAsStream("/safety/screening-corpus.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", 4);
                if (f.length == 4) {
                    texts.add(f[3]);
                }
            }
        }
        return texts;
    }
}
