package app.tandem.screening.engine;

import app.tandem.screening.RiskLevel;
import app.tandem.screening.Screening;
import app.tandem.screening.ScreeningReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the rule table to a text: finds matches, lets the context evaluator weigh each one, then combines
 * means words and ambiguous rules with the rest of the text. Immutable and thread-safe.
 */
public final class ScreeningEngine {

    private static final Comparator<ScreeningReason> MOST_URGENT_FIRST =
            Comparator.comparing(ScreeningReason::level).reversed();

    private final List<Rule> table;
    private final RawMatcher matcher;
    private final ContextEvaluator evaluator = new ContextEvaluator();

    /** The engine over {@code rules}, matched through the trigger-string prefilter. */
    public ScreeningEngine(List<Rule> rules) {
        this(rules, false);
    }

    private ScreeningEngine(List<Rule> rules, boolean reference) {
        // Each piece keeps its rule's id, level, kind and flags; the prefilter compiles a piece only when it is
        // first tried, so the piece rows carry the whole rule's pattern.
        List<Rule> pieces = new ArrayList<>(rules.size() * 8);
        List<String> sources = new ArrayList<>(rules.size() * 8);
        // Piece index to original rule index, so each rule's matches stay non-overlapping across its pieces.
        List<Integer> groupOf = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            for (String piece : PatternSplitter.split(rule.pattern().pattern())) {
                pieces.add(
                        reference
                                ? new Rule(
                                        rule.id(),
                                        rule.level(),
                                        rule.kind(),
                                        rule.flags(),
                                        java.util.regex.Pattern.compile(piece))
                                : rule);
                sources.add(piece);
                groupOf.add(r);
            }
        }
        this.table = List.copyOf(pieces);
        int[] groups = groupOf.stream().mapToInt(Integer::intValue).toArray();
        this.matcher = reference
                ? new DispatchMatcher(table, groups, rules.size())
                : new PrefilterMatcher(sources, groups, rules.size());
    }

    /**
     * The engine with the original start-position dispatch matcher (every piece tried wherever its first characters
     * fit). Slow to build and run; tests use it as the reference the prefilter must agree with.
     */
    static ScreeningEngine reference(List<Rule> rules) {
        return new ScreeningEngine(rules, true);
    }

    /** The raw matches (piece, start, end triples) of a normalised text, or null; for equivalence tests. */
    int[] rawMatches(String normalised) {
        return matcher.find(normalised);
    }

    /** The matcher, for tests. */
    RawMatcher matcher() {
        return matcher;
    }

    /** The engine over the standard rule table. */
    public static ScreeningEngine standard() {
        return new ScreeningEngine(RuleTable.rules());
    }

    /** Screens raw text; both elongation variants are tried and the more urgent result kept. */
    public Screening screen(String text) {
        TextNormalizer.Variants v = TextNormalizer.normalise(text);
        Screening a = screenNormalised(v.twoLetter());
        if (v.single()) {
            return a;
        }
        Screening b = screenNormalised(v.oneLetter());
        return b.level().compareTo(a.level()) > 0
                        || b.level() == a.level()
                                && b.reasons().size() > a.reasons().size()
                ? b
                : a;
    }

    /** A match with its weighed level, before text-level combination. */
    /** Times that make thoughts of death imminent when they share a sentence with them. */
    private static final java.util.regex.Pattern IMMINENT_TIME = java.util.regex.Pattern.compile(
            "\\b(?:tonight|tonite|2nite|today|right now|this (?:weekend|evening|afternoon)"
                    + "|in (?:an|a few|\\d+) hours?|before (?:the )?(?:morning|sunrise|dawn))\\b");

    private record Hit(
            Rule rule, int start, int end, int sentence, RiskLevel level, List<String> cues, boolean discounted) {}

    Screening screenNormalised(String s) {
        int[] raw = matcher.find(s);
        if (raw == null) {
            return Screening.NONE;
        }
        int rawCount = raw.length;
        TextLayout layout = TextLayout.of(s);
        int[] idiomSpans = new int[rawCount];
        int spans = 0;
        for (int k = 0; k < rawCount; k += 3) {
            if (table.get(raw[k]).kind() == RuleKind.IDIOM) {
                idiomSpans[spans++] = raw[k + 1];
                idiomSpans[spans++] = raw[k + 2];
            }
        }
        idiomSpans = java.util.Arrays.copyOf(idiomSpans, spans);
        List<Hit> hits = null;
        for (int k = 0; k < rawCount; k += 3) {
            Rule rule = table.get(raw[k]);
            if (rule.kind() == RuleKind.IDIOM) {
                continue;
            }
            int start = raw[k + 1];
            int end = raw[k + 2];
            ContextEvaluator.Weighed w = evaluator.weigh(rule, layout, start, end, overlaps(idiomSpans, start, end));
            if (hits == null) {
                hits = new ArrayList<>(4);
            }
            hits.add(new Hit(rule, start, end, layout.sentenceIndex(start), w.level(), w.cues(), w.discounted()));
        }
        if (hits == null) {
            return Screening.NONE;
        }
        return combine(hits, layout);
    }

    private Screening combine(List<Hit> hits, TextLayout layout) {
        String s = layout.text();
        boolean selfRisk = false;
        for (Hit h : hits) {
            if (h.rule().kind() != RuleKind.MEANS
                    && !h.rule().has(Rule.NEEDS_CONTEXT)
                    && h.level().isAtLeast(RiskLevel.LOW)) {
                selfRisk = true;
                break;
            }
        }
        List<ScreeningReason> reasons = new ArrayList<>(hits.size());
        RiskLevel overall = RiskLevel.NONE;
        boolean resolve = !selfRisk && layout.cue(TextLayout.RESOLVE, 0);
        for (Hit h : hits) {
            RiskLevel level = h.level();
            List<String> cues = h.cues();
            if (h.rule().kind() == RuleKind.MEANS) {
                if (h.discounted()) {
                    continue; // a discounted means word ("took 2 tylenol for my headache") is not worth a reason
                }
                if (!selfRisk) {
                    continue; // means words alone are not risk
                }
                cues = append(cues, "risk-context");
                level = RiskLevel.MODERATE;
            } else if (h.rule().has(Rule.NEEDS_CONTEXT) && level != RiskLevel.NONE && !selfRisk && !resolve) {
                cues = append(cues, "no-context");
                level = RiskLevel.NONE;
            }
            String matched = s.substring(h.start(), h.end()).trim();
            if (isDuplicate(reasons, h.rule().id(), matched)) {
                continue;
            }
            // thoughts of death or suicide with a time that is now ("i want to die tonight") are imminent
            if (h.rule().kind() != RuleKind.MEANS
                    && level.isAtLeast(RiskLevel.LOW)
                    && level != RiskLevel.HIGH
                    && IMMINENT_TIME.matcher(layout.sentence(h.sentence())).find()) {
                cues = append(cues, "imminent");
                level = RiskLevel.HIGH;
            }
            reasons.add(new ScreeningReason(h.rule().id(), level, matched, cues, layout.sentence(h.sentence())));
            overall = overall.max(level);
        }
        reasons.sort(MOST_URGENT_FIRST);
        return new Screening(overall, reasons);
    }

    private static boolean isDuplicate(List<ScreeningReason> reasons, String rule, String matched) {
        for (ScreeningReason r : reasons) {
            if (r.rule().equals(rule) && r.matched().equals(matched)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> append(List<String> cues, String cue) {
        List<String> out = new ArrayList<>(cues.size() + 1);
        out.addAll(cues);
        out.add(cue);
        return out;
    }

    private static boolean overlaps(int[] spans, int start, int end) {
        for (int i = 0; i < spans.length; i += 2) {
            if (spans[i] < end && start < spans[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
