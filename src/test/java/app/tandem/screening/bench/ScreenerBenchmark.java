package app.tandem.screening.bench;

import app.tandem.screening.RiskScreener;
import app.tandem.screening.Screening;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link RiskScreener#screen} over a fixed mix of ~300-character check-in texts, against a baseline of
 * lower-casing plus one precompiled keyword regex over the same texts. Scores are texts per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScreenerBenchmark {

    static final int TEXTS = 1000;

    /** Everyday sentences: most check-ins look like these. */
    private static final String[] EVERYDAY = {
        "Work was long and my manager keeps adding tasks, I'm tired but ok.",
        "Went for a walk by the river at lunch and it helped a bit.",
        "Slept badly again, the neighbours had a party until 2am.",
        "Had coffee with Jess and laughed a lot, felt more like myself.",
        "Anxious about the presentation tomorrow but I practiced twice.",
        "My mom called about Thanksgiving plans and we argued again.",
        "Did the breathing exercise before the meeting, it actually worked.",
        "Mood 5/10, kind of flat, nothing bad happened.",
        "The new meds make me a bit nauseous in the mornings.",
        "Cleaned the kitchen and finally booked the dentist appointment.",
        "This exam is killing me lol, three more to go before the break.",
        "I'm not suicidal, just exhausted, and I want to talk about sleep next session.",
        "My sister said her friend is struggling, I'm worried for her.",
        "Took 2 tylenol for my headache and went to bed early.",
    };

    /** Risk sentences of every level, so the mix exercises the context evaluator too. */
    private static final String[] RISK = {
        "I keep thinking about how everyone would be better off without me.",
        "I don't want to be here anymore.",
        "I've been thinking about killing myself again.",
        "I cut again last night and I'm scared.",
        "I've been saving up my pills and I know when I'll do it.",
        "Last week I tried to overdose and nobody knows.",
        "i want to dieeee 😭 honestly",
    };

    private List<String> texts;
    private RiskScreener screener;
    private Pattern baseline;

    @Setup
    public void setup() {
        texts = texts();
        screener = RiskScreener.standard();
        baseline = Pattern.compile(
                "\\b(?:suicid\\w*|kill(?:ing)? myself|want to die|self[- ]?harm|overdose|end it all|better off without me)\\b");
    }

    /** The benchmark's fixed texts (seed 42). */
    public static List<String> texts() {
        Random rnd = new Random(42);
        List<String> texts = new ArrayList<>(TEXTS);
        for (int i = 0; i < TEXTS; i++) {
            StringBuilder sb = new StringBuilder(340);
            while (sb.length() < 300) {
                // About one sentence in six is a risk sentence: most texts are everyday, many contain one risk phrase.
                String[] pool = rnd.nextInt(6) == 0 ? RISK : EVERYDAY;
                sb.append(pool[rnd.nextInt(pool.length)]).append(' ');
            }
            texts.add(sb.toString());
        }
        return texts;
    }

    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void screener(Blackhole bh) {
        for (String t : texts) {
            Screening s = screener.screen(t);
            bh.consume(s);
        }
    }

    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void baselineLowercaseAndOneRegex(Blackhole bh) {
        for (String t : texts) {
            Matcher m = baseline.matcher(t.toLowerCase(Locale.ROOT));
            bh.consume(m.find());
        }
    }
}
