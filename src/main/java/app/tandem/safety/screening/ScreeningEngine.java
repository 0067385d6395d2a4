package app.tandem.safety.screening;

import app.tandem.safety.RiskLevel;
import app.tandem.safety.Screening;
import app.tandem.safety.ScreeningReason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Applies the rule table to a text: finds matches, lets the context evaluator weigh each one, then combines
 * means words and ambiguous rules with the rest of the text. Immutable and thread-safe.
 */
public final class ScreeningEngine {

    private static final Comparator<ScreeningReason> MOST_URGENT_FIRST =
            Comparator.comparing(ScreeningReason::level).reversed();

    private final List<Rule> rules;
    private final List<Rule> idioms;
    private final ContextEvaluator evaluator = new ContextEvaluator();

    public ScreeningEngine(List<Rule> table) {
        this.rules = table.stream().filter(r -> r.kind() != RuleKind.IDIOM).toList();
        this.idioms = table.stream().filter(r -> r.kind() == RuleKind.IDIOM).toList();
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
        return b.level().compareTo(a.level()) > 0 || b.level() == a.level() && b.reasons().size() > a.reasons().size() ? b : a;
    }

    /** A match with its weighed level, before text-level combination. */
    private record Hit(Rule rule, int start, int end, int sentence, RiskLevel level, List<String> cues, boolean discounted) {
    }

    Screening screenNormalised(String s) {
        TextLayout layout = TextLayout.of(s);
        int[] idiomSpans = idiomSpans(s);
        List<Hit> hits = null;
        for (Rule rule : rules) {
            if (!rule.mayMatch(s)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(s);
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                boolean idiom = overlaps(idiomSpans, m.start(), m.end());
                ContextEvaluator.Weighed w = evaluator.weigh(rule, layout, m.start(), m.end(), idiom);
                if (hits == null) {
                    hits = new ArrayList<>(4);
                }
                hits.add(new Hit(rule, m.start(), m.end(), layout.sentenceIndex(m.start()), w.level(), w.cues(), w.discounted()));
            }
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
            if (h.rule().kind() != RuleKind.MEANS && !h.rule().has(Rule.NEEDS_CONTEXT) && h.level().isAtLeast(RiskLevel.LOW)) {
                selfRisk = true;
                break;
            }
        }
        List<ScreeningReason> reasons = new ArrayList<>(hits.size());
        RiskLevel overall = RiskLevel.NONE;
        boolean resolve = !selfRisk && Lexicon.RESOLVE.matcher(s).find();
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

    private int[] idiomSpans(String s) {
        int[] spans = null;
        int n = 0;
        for (Rule idiom : idioms) {
            if (!idiom.mayMatch(s)) {
                continue;
            }
            Matcher m = idiom.pattern().matcher(s);
            while (m.find()) {
                if (spans == null) {
                    spans = new int[8];
                } else if (n + 2 > spans.length) {
                    spans = java.util.Arrays.copyOf(spans, spans.length * 2);
                }
                spans[n++] = m.start();
                spans[n++] = m.end();
            }
        }
        return spans == null ? new int[0] : java.util.Arrays.copyOf(spans, n);
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
