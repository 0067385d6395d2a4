package app.tandem.screening.analysis;

import app.tandem.screening.Finding;
import app.tandem.screening.RiskLevel;
import app.tandem.screening.Screening;
import app.tandem.screening.rules.PatternCompiler;
import app.tandem.screening.rules.Rule;
import app.tandem.screening.rules.RuleSet;
import app.tandem.screening.rules.RuleSet.Marker;
import app.tandem.screening.text.Segments;
import app.tandem.screening.text.Token;
import app.tandem.screening.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Screens one text with a {@link RuleSet}: finds every rule match sentence by sentence, weighs each
 * match's context (figurative use, whose experience, negation in its clause, hypotheticals, media,
 * past and resolved, humour), raises matches for imminence or a means nearby, adds the combinations
 * whose parts occur close together, and rates the text by its most serious finding that stands.
 * Thread-safe; holds nothing of the texts it reads.
 */
public final class Analyzer {

    /**
     * Categories of acts and their means: blaming a trivial thing never clears them ("my plan is the bridge on
     * friday after exams").
     */
    private static final Set<String> ANNIVERSARY_DAYS = Set.of("today", "tonight", "this week", "this month");

    private static final Set<String> ACTS =
            Set.of("behaviour", "attempt", "self-harm", "method", "plan", "preparation");

    private static final int MAX_FINDINGS = 40;

    /** The cue that says the writer means it ("not joking", "genuinely"): the word model does not discount it. */
    public static final String MEANT = "meant: ";

    /** How many further matches of one evidence group (weight 2 or more) add 1 each to a tally. */
    private static final int MAX_REPEATS = 2;

    /** Words that tell an attempt or self-harm as an event that happened (with the "-ed" forms). */
    private static final Set<String> PAST_WORDS = Set.of(
            "tried",
            "took",
            "did",
            "was",
            "were",
            "had",
            "cut",
            "attempt",
            "attempts",
            "overdose",
            "survivor",
            "ran",
            "stood",
            "hung",
            "swallowed",
            "slit",
            "after",
            "since");

    private final RuleSet rules;
    private final Tokenizer tokenizer;

    /** The rules to try, in order (risk, concept, suppress and evidence rules). */
    private final List<Rule> ordered;
    /** Indices into {@link #ordered} of the rules whose match can begin with a given word. */
    private final Map<String, int[]> byWord;
    /** Rules whose match can begin with a word prefix: the prefixes, and the rule of each. */
    private final String[] prefixes;

    private final int[] prefixRule;
    /** Rules whose match can begin with a number. */
    private final int[] numberRules;
    /** Rules that can begin at any token (a leading gap, or a pattern that can match nothing). */
    private final boolean[] anywhere;

    public Analyzer(RuleSet rules) {
        this.rules = rules;
        this.tokenizer = new Tokenizer(rules.vocabulary());
        this.ordered = List.copyOf(rules.rules());
        Map<String, List<Integer>> words = new HashMap<>();
        List<String> pre = new ArrayList<>();
        List<Integer> preRule = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        anywhere = new boolean[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            app.tandem.screening.rules.Start start = ordered.get(i).start();
            if (start.anyWord() || start.nullable()) {
                anywhere[i] = true;
                continue;
            }
            for (String w : start.words()) {
                words.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
            for (String p : start.prefixes()) {
                pre.add(p);
                preRule.add(i);
            }
            if (start.number()) {
                numbers.add(i);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        words.forEach((w, list) ->
                index.put(w, list.stream().mapToInt(Integer::intValue).toArray()));
        this.byWord = index;
        this.prefixes = pre.toArray(String[]::new);
        this.prefixRule = preRule.stream().mapToInt(Integer::intValue).toArray();
        this.numberRules = numbers.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * For each rule (by index into {@link #ordered}), the tokens its match can begin at, in text order: the same
     * tokens {@code rule.start().admits} accepts, found once per text by looking each token up in the index.
     * Null for a rule that can begin anywhere.
     */
    private int[][] candidates(List<Token> tokens) {
        int n = ordered.size();
        int[][] at = new int[n][];
        int[] count = new int[n];
        for (int t = 0; t < tokens.size(); t++) {
            String w = tokens.get(t).text();
            int[] rs = byWord.get(w);
            if (rs != null) {
                for (int r : rs) {
                    add(at, count, r, t);
                }
            }
            for (int i = 0; i < prefixes.length; i++) {
                if (w.startsWith(prefixes[i])) {
                    add(at, count, prefixRule[i], t);
                }
            }
            if (numberRules.length > 0 && !w.isEmpty() && Character.isDigit(w.charAt(0))) {
                for (int r : numberRules) {
                    add(at, count, r, t);
                }
            }
        }
        for (int r = 0; r < n; r++) {
            if (anywhere[r]) {
                at[r] = null;
            } else if (at[r] == null) {
                at[r] = new int[0];
            } else if (at[r].length != count[r]) {
                at[r] = Arrays.copyOf(at[r], count[r]);
            }
        }
        return at;
    }

    /** Appends token {@code t} to rule {@code r}'s candidates once (a token can admit a rule in several ways). */
    private static void add(int[][] at, int[] count, int r, int t) {
        int[] a = at[r];
        if (a == null) {
            a = new int[4];
            at[r] = a;
        } else if (count[r] > 0 && a[count[r] - 1] == t) {
            return;
        } else if (count[r] == a.length) {
            a = Arrays.copyOf(a, a.length * 2);
            at[r] = a;
        }
        a[count[r]++] = t;
    }

    public RuleSet rules() {
        return rules;
    }

    /** Screens {@code text}; null or blank text screens as NONE. */
    public Screening screen(String text) {
        if (text == null || text.isBlank()) {
            return Screening.none(rules.version());
        }
        Segments segments = new Segments(tokenizer.tokenize(text), rules.clauseOpeners());
        TokenText tokens = new TokenText(segments);
        Reading reading = new Reading(text, tokens);
        return reading.screen();
    }

    /**
     * Ids of every rule whose patterns match somewhere in {@code text}, before any context is weighed: for
     * testing a rule's examples, concept and suppress rules included.
     */
    public Set<String> matchingRules(String text) {
        Set<String> ids = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return ids;
        }
        TokenText tokens = new TokenText(new Segments(tokenizer.tokenize(text), rules.clauseOpeners()));
        for (Rule rule : rules.rules()) {
            if (tokens.find(rule.pattern(), 0, tokens.size()) != null) {
                ids.add(rule.id());
            }
        }
        return ids;
    }

    /**
     * Ids of the evidence rules whose matches in {@code text} stand once context is weighed (for testing an
     * evidence rule's examples: its word group counts towards the tallies).
     */
    public Set<String> standingEvidence(String text) {
        Set<String> ids = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return ids;
        }
        Segments segments = new Segments(tokenizer.tokenize(text), rules.clauseOpeners());
        Reading reading = new Reading(text, new TokenText(segments));
        reading.screen();
        reading.evidence.forEach(e -> ids.add(e.match().rule().id()));
        return ids;
    }

    /** The work of screening one text. */
    private final class Reading {
        private final String original;
        private final TokenText text;
        private final Segments seg;
        private final ContextReader context;
        private final List<Match> suppressors = new ArrayList<>();
        private final List<Part> parts = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        /** Standing matches of evidence rules, in text order. */
        private final List<Evidence> evidence = new ArrayList<>();
        /** The matches each risk or combination finding rests on (for the recovery discount). */
        private final java.util.IdentityHashMap<Finding, List<Match>> basis = new java.util.IdentityHashMap<>();

        Reading(String original, TokenText text) {
            this.original = original;
            this.text = text;
            this.seg = text.segments();
            this.context = new ContextReader(rules, text);
        }

        Screening screen() {
            List<Match> risks = new ArrayList<>();
            List<Match> concepts = new ArrayList<>();
            List<Match> weighted = new ArrayList<>();
            List<Token> tokens = seg.tokens();
            int[][] candidates = candidates(tokens);
            for (int r = 0; r < ordered.size(); r++) {
                Rule rule = ordered.get(r);
                int[] can = candidates[r];
                int c = 0;
                for (int s = 0; s < seg.sentenceCount(); s++) {
                    int from = seg.sentenceStart(s);
                    int to = seg.sentenceEnd(s);
                    // Left to right, non-overlapping, as Matcher.find would, but tried only at tokens that can
                    // begin a match of this rule ("^" is zero-width: what follows it is in the start set).
                    int t = from;
                    while (t < to) {
                        if (can != null) {
                            while (c < can.length && can[c] < t) {
                                c++;
                            }
                            if (c == can.length || can[c] >= to) {
                                break;
                            }
                            t = can[c];
                        }
                        int end = matchAt(rule, t, from, to, tokens.get(t).text());
                        if (end < 0) {
                            t++;
                            continue;
                        }
                        Match match = new Match(rule, t, end, s);
                        switch (rule.kind()) {
                            case SUPPRESS -> suppressors.add(match);
                            case CONCEPT -> concepts.add(match);
                            case EVIDENCE -> weighted.add(match);
                            default -> risks.add(match);
                        }
                        t = end;
                    }
                }
            }
            for (Match concept : concepts) {
                if (weigh(concept, true).level() != RiskLevel.NONE) {
                    parts.add(new Part(concept, concept.rule().tags()));
                }
            }
            List<Match> discountedRisks = new ArrayList<>();
            for (Match risk : risks) {
                Weighed w = weigh(risk, false);
                if (w.level() == RiskLevel.NONE) {
                    discountedRisks.add(risk);
                }
                Finding found = finding(
                        risk.rule(), risk.start(), risk.end(), risk.sentence(), risk.sentence(), w.level(), w.cues());
                findings.add(found);
                basis.put(found, List.of(risk));
                if (w.level() != RiskLevel.NONE) {
                    parts.add(new Part(risk, risk.rule().tags()));
                } else if (w.cues().size() == 1 && w.cues().get(0).startsWith("negated")) {
                    // "i'm not going to kms but i think about it constantly": the denied thought is still a topic
                    parts.add(new Part(risk, Set.of("mention")));
                }
            }
            for (Match w : weighted) {
                // A rule that read these words and discounted them (a joke, someone else, a topic) has read
                // them more closely than a word group can: the evidence does not stand either.
                if (discountedRisks.stream().anyMatch(r -> r.overlaps(w))) {
                    continue;
                }
                Weighed weighed = weigh(w, true);
                if (weighed.level() != RiskLevel.NONE) {
                    evidence.add(new Evidence(w, weighed.cues()));
                }
            }
            evidence.sort(Comparator.comparingInt(e -> e.match().start()));
            combinations();
            recovery();
            findings.sort(Comparator.comparing(Finding::level).reversed().thenComparingInt(Finding::start));
            RiskLevel level = findings.stream().map(Finding::level).reduce(RiskLevel.NONE, (a, b) -> a.max(b));
            List<Finding> shown = findings.size() > MAX_FINDINGS ? findings.subList(0, MAX_FINDINGS) : findings;
            return new Screening(level, shown, rules.version());
        }

        /**
         * Recovery said plainly in the text ("today i coach kids and i'm glad i stayed") outweighs an attempt or
         * self-harm told in the past tense, when nothing else in the text stands: every standing finding rests on
         * such a past event (a combination that uses one included). Any other finding that stands, or a past event
         * with a present or recent marker near it ("again", "lately", "last night"), keeps every finding as it is.
         */
        private void recovery() {
            String recovered = null;
            List<Integer> past = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                if (f.level() == RiskLevel.NONE) {
                    continue;
                }
                List<Match> on = basis.get(f);
                if (on == null || on.stream().noneMatch(this::pastEvent)) {
                    return;
                }
                if (recovered == null) {
                    recovered = context.markerInText(Marker.RESOLVED);
                    if (recovered == null) {
                        recovered = context.markerInText(Marker.RECOVERY);
                    }
                    if (recovered == null) {
                        return;
                    }
                }
                past.add(i);
            }
            for (int i : past) {
                findings.set(i, findings.get(i).discountedBy("past, with recovery: \u201c" + recovered + "\u201d"));
            }
        }

        /** An attempt or self-harm told as over: past-tense words, nothing near it that says now or recently. */
        private boolean pastEvent(Match m) {
            Rule r = m.rule();
            if (!r.respects(Rule.Cue.PAST) || !("behaviour".equals(r.category()) || "self-harm".equals(r.category()))) {
                return false;
            }
            String past = context.marker(Marker.PAST, m.start(), m.end());
            if (context.marker(Marker.CURRENT, m.start(), m.end()) != null) {
                return false;
            }
            if (past == null
                    && (context.marker(Marker.RECENT, m.start(), m.end()) != null
                            || context.marker(Marker.RELAPSE, m.start(), m.end()) != null)) {
                return false;
            }
            if (past != null) {
                return true;
            }
            List<Token> tokens = seg.tokens();
            int from = Math.max(seg.clauseStart(seg.clauseOf(m.start())), m.start() - 3);
            for (int i = from; i < m.end(); i++) {
                String w = tokens.get(i).text();
                if (PAST_WORDS.contains(w) || w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
                    return true;
                }
            }
            // "my attempt", "a suicide attempt": no tense of their own, dated elsewhere in the text ("it was 14 years
            // ago")
            return context.markerInText(Marker.PAST) != null;
        }

        /** The level a match stands at in its context, with the cues weighed; level NONE when discounted. */
        private Weighed weigh(Match m, boolean concept) {
            Rule r = m.rule();
            List<String> cues = new ArrayList<>(3);
            // "not in the funny way", "genuinely": the writer says the idiom is meant
            String meant = context.marker(Marker.SERIOUS, m.start(), m.end());
            boolean serious = meant != null;
            if (serious && (r.respects(Rule.Cue.FIGURATIVE) || r.respects(Rule.Cue.HUMOUR))) {
                cues.add(MEANT + "\u201c" + meant + "\u201d");
            }
            if (r.respects(Rule.Cue.FIGURATIVE) && !serious) {
                Match s = suppressorOver(m);
                if (s != null) {
                    return discounted(
                            cues,
                            "figurative: " + quote(s.start(), s.end()) + " ("
                                    + s.rule().id() + ")");
                }
            }
            Subject subject = context.subject(m.start(), m.end());
            if (r.respects(Rule.Cue.OTHER_PERSON) && concept && context.replyTitle(m.start()) != null) {
                return discounted(cues, "someone else's words: the title of the post replied to");
            }
            // Words quoted from someone the writer names ("my dad keeps saying 'i won't be around much longer'") are
            // that person's, whatever the rule: even a rule whose own words name others is not the writer's here.
            boolean quotedOther =
                    subject.who() == Subject.Who.OTHER && subject.word().endsWith("(quoted)");
            if ((r.respects(Rule.Cue.OTHER_PERSON) || quotedOther) && !subject.isWriter()) {
                String why = subject.who() == Subject.Who.THING ? "not about a person: " : "someone else: ";
                return discounted(cues, why + "\u201c" + subject.word() + "\u201d");
            }
            if (r.respects(Rule.Cue.NEGATION)) {
                String negation = context.negation(m.start());
                if (negation == null) {
                    negation = context.denialBefore(m.start());
                }
                if (negation == null) {
                    negation = context.denialAfter(m.end());
                }
                if (negation != null) {
                    return discounted(cues, "negated: \u201c" + negation + "\u201d");
                }
            }
            if (r.respects(Rule.Cue.QUESTION) && !subject.isNamedWriter() && context.genericQuestion(m.start())) {
                return discounted(cues, "a question about the topic");
            }
            // "asking for a friend: is it normal to think about killing yourself every day": the frame makes the
            // question the writer's own, not a hypothetical
            if (r.respects(Rule.Cue.HYPOTHETICAL) && !context.selfFramed(m.start())) {
                String hypothetical = context.markerBefore(Marker.HYPOTHETICAL, m.start());
                if (hypothetical != null) {
                    return discounted(cues, "hypothetical: \u201c" + hypothetical + "\u201d");
                }
            }
            if (r.respects(Rule.Cue.MEDIA) && !subject.isNamedWriter()) {
                String media = context.marker(Marker.MEDIA, m.start(), m.end());
                if (media != null) {
                    return discounted(cues, "media or research: \u201c" + media + "\u201d");
                }
            }
            RiskLevel level = concept ? RiskLevel.LOW : r.level();
            String recent = context.marker(Marker.RECENT, m.start(), m.end());
            String past = context.marker(Marker.PAST, m.start(), m.end());
            String resolved = context.marker(Marker.RESOLVED, m.start(), m.end());
            // "seven years ago tonight i was in a&e", "one year self harm free today": an anniversary; the past or the
            // recovery dates the act, not "tonight".
            if (recent != null && (past != null || resolved != null) && ANNIVERSARY_DAYS.contains(recent)) {
                recent = null;
            }
            String current = recent != null ? recent : context.marker(Marker.CURRENT, m.start(), m.end());
            // "five years since my attempt": the "since my" of the current marker is the end of the past one
            if (current != null && past != null && past.endsWith(" " + current.split(" ")[0])) {
                current = null;
            }
            // Recovery said near a match does not outweigh risk said as present ("glad i'm here, but lately i want
            // to die again"): a marker of now or of recent days keeps the match standing (unless it is part of the
            // recovery itself: "glad i'm not there anymore").
            if (resolved != null
                    && (current == null || resolved.contains(current))
                    && r.respects(Rule.Cue.PAST)
                    && context.marker(Marker.RELAPSE, m.start(), m.end()) == null) {
                return discounted(cues, "resolved: \u201c" + resolved + "\u201d");
            }
            if ("behaviour".equals(r.category())) {
                if (recent != null) {
                    cues.add("recent: \u201c" + recent + "\u201d");
                    level = RiskLevel.HIGH;
                } else if (past != null && current == null && r.respects(Rule.Cue.PAST)) {
                    // Triage: an attempt more than about three months ago is moderate risk, not none.
                    cues.add("past: \u201c" + past + "\u201d");
                    level = RiskLevel.MODERATE;
                }
            } else if (r.respects(Rule.Cue.PAST) && past != null && current == null) {
                return discounted(cues, "past: \u201c" + past + "\u201d");
            }
            if ((r.respects(Rule.Cue.HUMOUR) || r.respects(Rule.Cue.FIGURATIVE))
                    && !serious
                    && (r.category() == null || !ACTS.contains(r.category()))) {
                String trivial = context.marker(Marker.TRIVIAL, m.start(), m.end());
                if (trivial != null) {
                    return discounted(cues, "hyperbole about a trivial thing: \u201c" + trivial + "\u201d");
                }
                if (r.respects(Rule.Cue.EXCLAMATION)) {
                    String mishap = context.markerNearby(Marker.MISHAP, m.start(), 1, 3);
                    if (mishap != null) {
                        return discounted(cues, "hyperbole about a mishap: \u201c" + mishap + "\u201d");
                    }
                }
            }
            if (r.respects(Rule.Cue.HUMOUR)) {
                String humour = context.marker(Marker.HUMOUR, m.start(), m.end());
                if (humour != null && !serious) {
                    String condition = context.markerEarlierInSentence(Marker.CONDITIONAL, m.start());
                    if (condition != null) {
                        return discounted(
                                cues,
                                "joking about a trivial condition: \u201c" + condition + "\u201d, \u201c" + humour
                                        + "\u201d");
                    }
                    cues.add("humour: \u201c" + humour + "\u201d");
                    // Humour lowers one step, never below what a clinician should still see: "kms lol" is LOW.
                    level = level == RiskLevel.MODERATE
                            ? RiskLevel.LOW
                            : level == RiskLevel.LOW ? RiskLevel.NONE : level;
                    if (level == RiskLevel.NONE) {
                        return new Weighed(RiskLevel.NONE, cues);
                    }
                }
            }
            if (concept) {
                return new Weighed(RiskLevel.LOW, cues);
            }
            if (r.escalate().contains(Rule.Escalation.IMMINENT) && level != RiskLevel.HIGH) {
                String now = context.marker(Marker.NOW, m.start(), m.end());
                if (now != null) {
                    cues.add("imminent: \u201c" + now + "\u201d");
                    level = RiskLevel.HIGH;
                }
            }
            if (r.escalate().contains(Rule.Escalation.MEANS_NEARBY) && level == RiskLevel.LOW) {
                Part means = meansNear(m);
                if (means != null) {
                    cues.add("means nearby: "
                            + quote(means.match().start(), means.match().end()));
                    level = RiskLevel.MODERATE;
                }
            }
            return new Weighed(level, cues);
        }

        private Weighed discounted(List<String> cues, String cue) {
            cues.add(cue);
            return new Weighed(RiskLevel.NONE, cues);
        }

        private Match suppressorOver(Match m) {
            for (Match s : suppressors) {
                if (s.overlaps(m) && !(m.contains(s) && (m.end() - m.start()) > (s.end() - s.start()))) {
                    return s;
                }
            }
            return null;
        }

        private Part meansNear(Match m) {
            for (Part p : parts) {
                if (p.tags().contains("means") && Math.abs(p.match().sentence() - m.sentence()) <= 1) {
                    return p;
                }
            }
            return null;
        }

        /** Findings for combination rules whose tags occur within their sentence window. */
        private void combinations() {
            for (Rule c : rules.combinations()) {
                if (c.kind() == Rule.Kind.TALLY) {
                    tally(c);
                    continue;
                }
                for (int s = 0; s < seg.sentenceCount(); s++) {
                    List<Part> used = combine(c, Math.max(0, s - c.within() + 1), s);
                    if (used != null) {
                        int start = used.stream()
                                .mapToInt(p -> p.match().start())
                                .min()
                                .orElseThrow();
                        int end = used.stream()
                                .mapToInt(p -> p.match().end())
                                .max()
                                .orElseThrow();
                        int first = used.stream()
                                .mapToInt(p -> p.match().sentence())
                                .min()
                                .orElseThrow();
                        int last = used.stream()
                                .mapToInt(p -> p.match().sentence())
                                .max()
                                .orElseThrow();
                        List<String> cues = new ArrayList<>();
                        for (Part p : used) {
                            cues.add(p.match().rule().id() + ": "
                                    + quote(p.match().start(), p.match().end()));
                        }
                        Finding found = finding(c, start, end, first, last, c.level(), cues);
                        findings.add(found);
                        basis.put(found, used.stream().map(Part::match).toList());
                        break;
                    }
                }
            }
        }

        /** The parts that satisfy a combination within sentences {@code [from, to]}, one in sentence {@code to}. */
        /**
         * A tally: the weights of the standing evidence groups, each group counted once, within the tally's
         * window of sentences (the whole text when it has none). The finding quotes the heaviest match and
         * lists every group with its weight and words.
         */
        private void tally(Rule t) {
            if (evidence.isEmpty()) {
                return;
            }
            // Recovery said plainly anywhere in the text ("today i coach kids and i'm glad i stayed") outweighs
            // warning signs that are each too weak for a rule (a relapse or a plan is for the rules to read).
            if (t.respects(Rule.Cue.PAST) && context.markerInText(Marker.RESOLVED) != null) {
                return;
            }
            int window = t.within() <= 0 ? Integer.MAX_VALUE : t.within();
            int lo = 0;
            for (int hi = 0; hi < evidence.size(); hi++) {
                int last = evidence.get(hi).match().sentence();
                while ((long) last - evidence.get(lo).match().sentence() >= window) {
                    lo++;
                }
                Map<Rule, Evidence> groups = new java.util.LinkedHashMap<>();
                Map<Rule, Integer> repeats = new HashMap<>();
                int total = 0;
                for (int i = lo; i <= hi; i++) {
                    Evidence e = evidence.get(i);
                    Rule r = e.match().rule();
                    if (groups.putIfAbsent(r, e) == null) {
                        total += r.weight();
                    } else if (r.weight() >= 2 && repeats.getOrDefault(r, 0) < MAX_REPEATS) {
                        // the same warning sign said again in other words counts a little more
                        repeats.merge(r, 1, Integer::sum);
                        total++;
                    }
                }
                boolean needed = t.needs().isEmpty()
                        || groups.keySet().stream()
                                .anyMatch(r -> r.tags().stream().anyMatch(t.needs()::contains));
                if (total >= t.threshold() && needed) {
                    Evidence heaviest = null;
                    List<String> cues = new ArrayList<>();
                    for (Evidence e : groups.values()) {
                        Rule r = e.match().rule();
                        if (heaviest == null
                                || r.weight() > heaviest.match().rule().weight()) {
                            heaviest = e;
                        }
                        int again = repeats.getOrDefault(r, 0);
                        cues.add(r.id() + " +" + r.weight() + (again > 0 ? " (+" + again + " said again)" : "") + ": "
                                + quote(e.match().start(), e.match().end())
                                + (e.cues().isEmpty() ? "" : " " + e.cues()));
                    }
                    cues.add("total " + total + " (threshold " + t.threshold() + ")");
                    Match m = heaviest.match();
                    findings.add(finding(t, m.start(), m.end(), m.sentence(), m.sentence(), t.level(), cues));
                    return;
                }
            }
        }

        private List<Part> combine(Rule c, int from, int to) {
            List<Part> used = new ArrayList<>();
            for (String need : c.needs()) {
                Part part = firstWith(need, from, to, used);
                if (part == null) {
                    return null;
                }
                used.add(part);
            }
            int distinct = 0;
            for (String tag : c.anyOf()) {
                if (distinct >= c.atLeast()) {
                    break;
                }
                Part part = firstWith(tag, from, to, used);
                if (part != null) {
                    used.add(part);
                    distinct++;
                }
            }
            if (distinct < c.atLeast() || used.stream().noneMatch(p -> p.match().sentence() == to)) {
                return null;
            }
            return used;
        }

        private Part firstWith(String tag, int fromSentence, int toSentence, List<Part> used) {
            for (Part p : parts) {
                int s = p.match().sentence();
                if (s >= fromSentence
                        && s <= toSentence
                        && p.tags().contains(tag)
                        && used.stream().noneMatch(u -> u == p || sameWords(u.match(), p.match()))) {
                    return p;
                }
            }
            return null;
        }

        /** Two matches of exactly the same words (a concept and a rule both reading "bought a rope") are one part. */
        private boolean sameWords(Match a, Match b) {
            return a.start() == b.start() && a.end() == b.end();
        }

        private Finding finding(
                Rule rule,
                int start,
                int end,
                int firstSentence,
                int lastSentence,
                RiskLevel level,
                List<String> cues) {
            List<Token> tokens = seg.tokens();
            int[] words = words(start, end);
            int from = tokens.get(words[0]).start();
            int to = tokens.get(words[1]).end();
            int sFrom = tokens.get(seg.sentenceStart(firstSentence)).start();
            int sTo = tokens.get(seg.sentenceEnd(lastSentence) - 1).end();
            return new Finding(
                    rule.id(),
                    rule.category() == null ? "" : rule.category(),
                    level,
                    original.substring(from, Math.max(from, to)),
                    cues,
                    original.substring(sFrom, Math.max(sFrom, sTo)).strip(),
                    from,
                    to,
                    sFrom,
                    sTo);
        }

        /**
         * Where the first of the rule's patterns (in order) that matches at token {@code t} ends, or -1: the same
         * match the rule's combined pattern gives there, at the cost of only the patterns that can begin with it.
         */
        private int matchAt(Rule rule, int t, int from, int to, String token) {
            for (PatternCompiler.Part part : rule.parts()) {
                if (!part.start().admits(token)) {
                    continue;
                }
                Matcher m = text.matcher(part.pattern(), t, to);
                m.useAnchoringBounds(t == from);
                if (m.lookingAt() && m.end() > m.start()) {
                    return text.tokenAt(m.end() - 1) + 1;
                }
            }
            return -1;
        }

        /** The first and last word token of {@code [start, end)}: a pattern's "," or "$" may have taken in punctuation. */
        private int[] words(int start, int end) {
            List<Token> tokens = seg.tokens();
            int last = end - 1;
            while (last > start && !tokens.get(last).isWord()) {
                last--;
            }
            int first = start;
            while (first < last && !tokens.get(first).isWord()) {
                first++;
            }
            return new int[] {first, last};
        }

        private String quote(int start, int end) {
            List<Token> tokens = seg.tokens();
            int[] words = words(start, end);
            int from = tokens.get(words[0]).start();
            int to = Math.max(from, tokens.get(words[1]).end());
            return "\u201c" + original.substring(from, to) + "\u201d";
        }
    }

    /** A concept or standing finding that combinations and escalations can use. */
    private record Part(Match match, Set<String> tags) {}

    /** A standing match of an evidence rule and the cues weighed on it (humour, for instance). */
    private record Evidence(Match match, List<String> cues) {}

    /** The level a match stands at and the cues weighed. */
    private record Weighed(RiskLevel level, List<String> cues) {}
}
