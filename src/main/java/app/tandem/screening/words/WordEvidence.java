package app.tandem.screening.words;

import app.tandem.screening.Finding;
import app.tandem.screening.RiskLevel;
import app.tandem.screening.Screening;
import app.tandem.screening.analysis.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Weighs the rules' reading of a text against the {@link WordModel}'s. The rules know phrasings; the word model
 * knows how the texts of Tandem's corpus that showed risk were worded as a whole, so it catches risk said in a
 * way no rule knows and tells a figurative or third-person "suicidal" from the writer's own. How they combine:
 * <ul>
 *   <li>a HIGH reading of the rules always stands;
 *   <li>a text the words make likely to show risk is at least LOW ({@code raise}), MODERATE when they also make
 *       active thoughts, a method, intent or a plan likely ({@code active}), with a finding that names the words
 *       that weighed most;
 *   <li>a LOW or MODERATE reading of the rules is discounted when the words make risk unlikely
 *       ({@code discount}) in a text long enough to read that way; the findings stay, discounted, in the
 *       explanation.
 * </ul>
 */
public final class WordEvidence {

    /** The rule id shown for a finding of the word model. */
    public static final String RULE = "words.resemble-risk";

    /** The category of its findings. */
    public static final String CATEGORY = "word-evidence";

    /** Fewer known terms than this and the words say too little to discount a rule's finding. */
    static final int MIN_TERMS_TO_DISCOUNT = 12;

    /** Fewer known terms than this and the words say too little to raise a text: the rules read short texts. */
    static final int MIN_TERMS_TO_RAISE = 8;

    /** When the rules explained every risk word away (see {@link #explainedAway}), the words must be this sure. */
    static final double EXPLAINED_RAISE = 0.8;

    private static final int WORDS_SHOWN = 5;

    private final WordModel model;

    public WordEvidence(WordModel model) {
        this.model = model;
    }

    /** The model this weighs with. */
    public WordModel model() {
        return model;
    }

    /** The screening of {@code text} once the words are weighed against the rules' reading {@code byRules}. */
    public Screening weigh(Screening byRules, String text) {
        if (text == null || text.isBlank() || byRules.level() == RiskLevel.HIGH) {
            return byRules;
        }
        WordModel.Weighing words = model.weigh(text);
        WordModel.Thresholds at = model.thresholds();
        double p = words.probability();
        if (byRules.level() != RiskLevel.NONE
                && p < at.discount()
                && words.known() >= MIN_TERMS_TO_DISCOUNT
                && byRules.firing().stream().noneMatch(WordEvidence::saidToBeMeant)
                && byRules.firing().stream().allMatch(f -> unlikeRiskAround(text, f))) {
            String cue = String.format(Locale.ROOT, "words: unlike risk for the writer (%.2f)", p);
            List<Finding> findings = byRules.findings().stream()
                    .map(f -> f.discounted() ? f : f.discountedBy(cue))
                    .toList();
            return new Screening(RiskLevel.NONE, findings, byRules.rulesVersion());
        }
        RiskLevel byWords =
                p < at.raise() ? RiskLevel.NONE : words.active() >= at.active() ? RiskLevel.MODERATE : RiskLevel.LOW;
        List<WordModel.Contribution> towards = words.towardsRisk(WORDS_SHOWN);
        if (!byWords.isAtLeast(RiskLevel.LOW)
                || byRules.level().isAtLeast(byWords)
                || towards.isEmpty()
                || words.known() < MIN_TERMS_TO_RAISE
                || (explainedAway(byRules) && p < EXPLAINED_RAISE)) {
            return byRules;
        }
        List<Finding> findings = new ArrayList<>();
        findings.add(finding(text, byWords, words, towards));
        findings.addAll(byRules.findings());
        return new Screening(byWords, findings, byRules.rulesVersion());
    }

    /** True when the writer said they mean it ("not joking"): how the rest of the text is worded does not outweigh that. */
    private static boolean saidToBeMeant(Finding f) {
        return f.cues().stream().anyMatch(c -> c.startsWith(Analyzer.MEANT));
    }

    /**
     * True when the words around a finding (its sentence and the ones either side) also read unlike risk: in a long
     * post whose risk is one sentence in the middle, the text as a whole reads like everything else it is about.
     */
    private boolean unlikeRiskAround(String text, Finding f) {
        int start = Math.min(f.sentenceStart(), text.length());
        int end = Math.min(f.sentenceEnd(), text.length());
        if (end == 0 || !isSentenceEnd(text.charAt(end - 1))) {
            end = sentenceEnd(text, end);
        }
        int from = sentenceStart(text, Math.max(0, sentenceStart(text, start) - 1));
        int to = sentenceEnd(text, end);
        return model.weigh(text.substring(from, to)).probability()
                < model.thresholds().discount();
    }

    /**
     * True when the rules found risk words and discounted every one for a reason they read in the text (someone
     * else, the past with recovery, a joke about a trivial thing, a figure of speech): they read those words more
     * closely than word counts can. A negation is no such reason: "not in a suicidal way, but ..." is a disclaimer.
     */
    static boolean explainedAway(Screening byRules) {
        return !byRules.findings().isEmpty()
                && byRules.findings().stream()
                        .allMatch(f -> f.discounted()
                                && !f.cues().isEmpty()
                                && !f.cues().get(f.cues().size() - 1).startsWith("negated"));
    }

    private static Finding finding(
            String text, RiskLevel level, WordModel.Weighing words, List<WordModel.Contribution> towards) {
        WordModel.Contribution top = towards.get(0);
        List<String> cues = new ArrayList<>();
        cues.add(String.format(
                Locale.ROOT,
                "words: like texts that showed risk (%.2f), at least moderate (%.2f)",
                words.probability(),
                words.active()));
        for (WordModel.Contribution c : towards) {
            cues.add(String.format(Locale.ROOT, "word: \"%s\" +%.2f", text.substring(c.start(), c.end()), c.value()));
        }
        int sentenceStart = sentenceStart(text, top.start());
        int sentenceEnd = sentenceEnd(text, top.end());
        while (sentenceStart < top.start() && Character.isWhitespace(text.charAt(sentenceStart))) {
            sentenceStart++;
        }
        while (sentenceEnd > top.end() && Character.isWhitespace(text.charAt(sentenceEnd - 1))) {
            sentenceEnd--;
        }
        return new Finding(
                RULE,
                CATEGORY,
                level,
                text.substring(top.start(), top.end()),
                cues,
                text.substring(sentenceStart, sentenceEnd),
                top.start(),
                top.end(),
                sentenceStart,
                sentenceEnd);
    }

    private static int sentenceStart(String text, int from) {
        int i = from;
        while (i > 0 && !isSentenceEnd(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !isSentenceEnd(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? i + 1 : i;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n';
    }
}
