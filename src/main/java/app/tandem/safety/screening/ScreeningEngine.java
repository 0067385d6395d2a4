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

    private final List<Rule> table;
    private final RuleDispatch dispatch;
    /** Piece index to original rule index, so each rule's matches stay non-overlapping across its pieces. */
    private final int[] groupOf;
    private final int groups;
    private final ContextEvaluator evaluator = new ContextEvaluator();
    /** One reusable matcher per rule and thread: matchers are not thread-safe, patterns are. */
    private final ThreadLocal<Matcher[]> matchers;

    public ScreeningEngine(List<Rule> rules) {
        this.table = split(rules);
        this.groupOf = new int[table.size()];
        int g = 0;
        for (int r = 0; r < rules.size(); r++) {
            int pieces = PatternSplitter.split(rules.get(r).pattern().pattern()).size();
            for (int k = 0; k < pieces; k++) {
                groupOf[g++] = r;
            }
        }
        this.groups = rules.size();
        this.dispatch = new RuleDispatch(this.table);
        this.matchers = ThreadLocal.withInitial(() -> {
            Matcher[] ms = new Matcher[this.table.size()];
            for (int i = 0; i < ms.length; i++) {
                ms[i] = this.table.get(i).pattern().matcher("");
                ms[i].useTransparentBounds(true);
                ms[i].useAnchoringBounds(false);
            }
            return ms;
        });
    }

    /** Each rule as several patterns that each begin with literal text; same rule id, level and flags. */
    private static List<Rule> split(List<Rule> rules) {
        List<Rule> out = new ArrayList<>(rules.size() * 8);
        for (Rule r : rules) {
            for (String piece : PatternSplitter.split(r.pattern().pattern())) {
                out.add(new Rule(r.id(), r.level(), r.kind(), r.flags(), java.util.regex.Pattern.compile(piece)));
            }
        }
        return List.copyOf(out);
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
        int n = s.length();
        int rulesCount = table.size();
        Matcher[] ms = matchers.get();
        // Whether each piece's reusable matcher already points at this text; nextStart keeps each rule's
        // matches non-overlapping, as Matcher.find would.
        boolean[] reset = new boolean[rulesCount];
        int[] nextStart = new int[groups];
        int[] raw = null; // triples: rule, start, end
        int rawCount = 0;
        for (int i = 0; i < n; i++) {
            int[] candidates = dispatch.candidates(s, i);
            for (int r : candidates) {
                if (i < nextStart[groupOf[r]] || !dispatch.deepOk(r, s, i)) {
                    continue;
                }
                Matcher m = ms[r];
                if (!reset[r]) {
                    m.reset(s);
                    reset[r] = true;
                }
                m.region(i, n);
                if (m.lookingAt() && m.end() > m.start()) {
                    if (raw == null) {
                        raw = new int[24];
                    } else if (rawCount + 3 > raw.length) {
                        raw = java.util.Arrays.copyOf(raw, raw.length * 2);
                    }
                    raw[rawCount++] = r;
                    raw[rawCount++] = m.start();
                    raw[rawCount++] = m.end();
                    nextStart[groupOf[r]] = m.end();
                }
            }
        }
        if (raw == null) {
            return Screening.NONE;
        }
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

    private static boolean overlaps(int[] spans, int start, int end) {
        for (int i = 0; i < spans.length; i += 2) {
            if (spans[i] < end && start < spans[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
