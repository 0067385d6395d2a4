package app.tandem.screening.corpus;

import app.tandem.screening.Finding;
import app.tandem.screening.RiskLevel;
import app.tandem.screening.RiskScreener;
import app.tandem.screening.Screening;
import java.util.List;

/**
 * For whoever edits the rules: prints the figures on the development part of the corpus and its misses
 * and false alarms with the findings that explain them. Never prints the held-out part's texts.
 * Run: {@code java -cp ... app.tandem.screening.corpus.ScreenerDevRun [misses|alarms|all] [max]}.
 */
public final class ScreenerDevRun {

    private ScreenerDevRun() {}

    public static void main(String[] args) {
        String show = args.length > 0 ? args[0] : "all";
        if (show.equals("dump")) {
            RiskScreener screener = RiskScreener.standard();
            tools.jackson.databind.json.JsonMapper json =
                    tools.jackson.databind.json.JsonMapper.builder().build();
            List<Corpus.Entry> all = new java.util.ArrayList<>(Corpus.standard());
            List<Corpus.Entry> blindSet = Corpus.load("screening/blind/*.jsonl");
            all.addAll(blindSet);
            for (Corpus.Entry e : all) {
                System.out.println(json.writeValueAsString(java.util.Map.of(
                        "set", blindSet.contains(e) ? "blind" : e.heldOut() ? "held" : "dev",
                        "label", e.level().name(),
                        "category", e.category(),
                        "screened", screener.screen(e.text()).level().name(),
                        "text", e.text())));
            }
            return;
        }
        if (show.equals("explain")) {
            RiskScreener screener = RiskScreener.standard();
            for (int i = 1; i < args.length; i++) {
                Screening s = screener.screen(args[i]);
                System.out.printf("%s  <- %s%n", s.level(), args[i]);
                for (Finding f : s.findings()) {
                    System.out.printf("    %s %s \"%s\" %s%n", f.level(), f.rule(), f.matched(), f.cues());
                }
            }
            return;
        }
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String filter = args.length > 2 ? args[2] : null;
        RiskScreener screener = RiskScreener.standard();
        List<Corpus.Entry> corpus = Corpus.standard();
        Scorecard dev =
                Scorecard.of(screener, corpus.stream().filter(e -> !e.heldOut()).toList());
        Scorecard held = Scorecard.of(
                screener, corpus.stream().filter(Corpus.Entry::heldOut).toList());
        System.out.println(dev.report("development (the word model was trained on it)"));
        System.out.println(
                held.report("held-out (figures only)").lines().limit(3).reduce("", (a, b) -> a + b + "\n"));
        Scorecard keyword =
                dev.where(e -> e.text().toLowerCase(java.util.Locale.ROOT).contains("suicid"));
        System.out.println(keyword.report("development texts that say suicide/suicidal")
                .lines()
                .limit(3)
                .reduce("", (a, b) -> a + b + "\n"));
        Scorecard blind = Scorecard.of(screener, Corpus.load("screening/blind/*.jsonl"));
        System.out.println(
                blind.report("blind forum set (figures only)").lines().limit(3).reduce("", (a, b) -> a + b + "\n"));
        int shown = 0;
        for (Scorecard.Result r : dev.results()) {
            boolean miss = r.missed()
                    || r.entry().level().isAtLeast(RiskLevel.MODERATE)
                            && !r.screened().isAtLeast(RiskLevel.MODERATE)
                            && show.equals("mod");
            boolean alarm = r.falseAlarm();
            boolean wanted = switch (show) {
                case "misses" -> r.missed();
                case "mod" -> miss;
                case "alarms" -> alarm;
                default -> r.missed() || alarm;
            };
            if (!wanted || !matchesFilter(r.entry(), filter)) {
                continue;
            }
            if (shown++ >= max) {
                break;
            }
            Screening s = screener.screen(r.entry().text());
            String text = r.entry().text().replace('\n', ' ');
            System.out.printf(
                    "%n[%s -> %s] %s %s%n  %s%n",
                    r.entry().level(),
                    r.screened(),
                    r.entry().category(),
                    r.entry().file(),
                    text.length() > 700 ? text.substring(0, 700) + "..." : text);
            for (Finding f : s.findings()) {
                System.out.printf("    %s %s \"%s\" %s%n", f.level(), f.rule(), f.matched(), f.cues());
            }
        }
    }

    private static boolean matchesFilter(Corpus.Entry e, String filter) {
        if (filter == null) {
            return true;
        }
        if (filter.startsWith("~")) {
            return e.text().toLowerCase(java.util.Locale.ROOT).contains(filter.substring(1));
        }
        return e.category().contains(filter) || e.file().contains(filter);
    }
}
