package app.tandem.screening.engine.bench;

import app.tandem.screening.RiskScreener;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Quick in-process profile, not a test: engine construction time and warm per-text thread CPU time over
 * ~300-character texts built from corpus sentences. Thread CPU time is what one unloaded core would deliver,
 * which is the fairer figure on the shared, loaded machine. Run with {@code java -cp ... ScreenerProfile [riskShare|bench]}.
 */
public final class ScreenerProfile {

    public static void main(String[] args) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        RiskScreener screener = new RiskScreener();
        long c1 = mx.getCurrentThreadCpuTime();
        System.out.printf("construction: %.0f ms CPU, %.0f ms wall%n", (c1 - c0) / 1e6, (System.nanoTime() - w0) / 1e6);
        List<String> texts;
        if (args.length > 0 && args[0].equals("bench")) {
            texts = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                texts.addAll(ScreenerBenchmark.texts());
            }
        } else {
            texts = texts(10_000, args.length > 0 ? Double.parseDouble(args[0]) : 0.2, 7);
        }
        for (int round = 0; round < 6; round++) {
            long a = mx.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            int sum = 0;
            for (String t : texts) {
                sum += screener.screen(t).reasons().size();
            }
            long b = mx.getCurrentThreadCpuTime();
            System.out.printf(
                    "round %d: %,.0f texts/s CPU, %,.0f texts/s wall (%d)%n",
                    round, texts.size() / ((b - a) / 1e9), texts.size() / ((System.nanoTime() - w) / 1e9), sum);
        }
    }

    /** ~300-character texts mixing corpus sentences; {@code riskShare} of sentences come from labelled-risk rows. */
    public static List<String> texts(int count, double riskShare, long seed) throws Exception {
        List<String> none = new ArrayList<>();
        List<String> risk = new ArrayList<>();
        try (InputStream in = ScreenerProfile.class.getResourceAsStream("/safety/screening-corpus.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", 4);
                if (f.length == 4) {
                    (f[1].equals("NONE") ? none : risk).add(f[3].strip());
                }
            }
        }
        Random rnd = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder(340);
            while (sb.length() < 290) {
                List<String> pool = rnd.nextDouble() < riskShare ? risk : none;
                String s = pool.get(rnd.nextInt(pool.size()));
                sb.append(s);
                char last = s.isEmpty() ? '.' : s.charAt(s.length() - 1);
                sb.append(last == '.' || last == '!' || last == '?' ? " " : ". ");
            }
            out.add(sb.toString().strip());
        }
        return out;
    }
}
