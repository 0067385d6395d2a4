package app.tandem.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Scores a response against any instrument definition.
 *
 * <p>Answer format: one entry per scored item, in item order, each the chosen option's score (the instrument's
 * own scores, e.g. WHO-5 "All of the time" = 5), or null for an unanswered item. Unscored items (PHQ-9
 * difficulty) are never in this list; pass them separately by linkId.
 */
public final class InstrumentScorer {

    /** Scores answers to the scored items only. */
    public Score score(Instrument instrument, List<Integer> answers) {
        return score(instrument, answers, Map.of());
    }

    /**
     * Scores answers and validates answers to unscored items (linkId to option score; absent when unanswered).
     *
     * @throws InvalidAnswersException on a wrong-length list, a score that is not an option, or an unknown
     *                                 unscored item
     */
    public Score score(Instrument instrument, List<Integer> answers, Map<String, Integer> unscoredAnswers) {
        checkShape(instrument, answers);
        checkUnscored(instrument, unscoredAnswers == null ? Map.of() : unscoredAnswers);
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i) == null) {
                missing.add(i + 1);
            }
        }
        List<CriticalFinding> findings = criticalFindings(instrument, answers);
        Map<String, Integer> unscored = answeredOnly(unscoredAnswers);
        if (!missing.isEmpty()) {
            return new Score(
                    instrument.code(),
                    instrument.version(),
                    false,
                    missing,
                    null,
                    null,
                    null,
                    null,
                    null,
                    findings,
                    unscored);
        }
        return switch (instrument.scoring().method()) {
            case SUM, SUM_TIMES -> sumScore(instrument, answers, findings, unscored);
            case COUNT_IN_RANGE -> countScore(instrument, answers, findings, unscored);
        };
    }

    private static void checkShape(Instrument instrument, List<Integer> answers) {
        if (answers == null) {
            throw InvalidAnswersException.missingAnswerList(instrument.code());
        }
        if (answers.size() != instrument.itemCount()) {
            throw InvalidAnswersException.wrongLength(instrument.code(), instrument.itemCount(), answers.size());
        }
        for (int i = 0; i < answers.size(); i++) {
            Integer answer = answers.get(i);
            InstrumentItem item = instrument.items().get(i);
            if (answer != null && !item.allows(answer)) {
                throw InvalidAnswersException.notAnOption(
                        instrument.code(), item.number(), answer, sorted(item.allowedScores()));
            }
        }
    }

    private static void checkUnscored(Instrument instrument, Map<String, Integer> unscored) {
        unscored.forEach((linkId, value) -> {
            UnscoredItem item = instrument
                    .unscoredItem(linkId)
                    .orElseThrow(() -> InvalidAnswersException.unknownUnscoredItem(instrument.code(), linkId));
            if (value != null && item.option(value).isEmpty()) {
                throw InvalidAnswersException.notAnUnscoredOption(
                        instrument.code(), linkId, value, sorted(item.allowedScores()));
            }
        });
        for (UnscoredItem item : instrument.unscoredItems()) {
            if (item.required() && unscored.get(item.linkId()) == null) {
                throw InvalidAnswersException.requiredUnscoredMissing(instrument.code(), item.linkId());
            }
        }
    }

    private static List<CriticalFinding> criticalFindings(Instrument instrument, List<Integer> answers) {
        List<CriticalFinding> findings = new ArrayList<>();
        for (CriticalItem critical : instrument.criticalItems()) {
            Integer answer = answers.get(critical.item() - 1);
            if (answer != null) {
                critical.riskFor(answer)
                        .ifPresent(level ->
                                findings.add(new CriticalFinding(critical.item(), answer, level, critical.reason())));
            }
        }
        return findings;
    }

    private static Score sumScore(
            Instrument instrument,
            List<Integer> answers,
            List<CriticalFinding> findings,
            Map<String, Integer> unscored) {
        int total = answers.stream().mapToInt(Integer::intValue).sum();
        Integer percentage = instrument.scaled(total);
        Band band = instrument.bandFor(total).orElse(null);
        boolean positive = casenessMet(instrument.caseness(), total, percentage, answers);
        return new Score(
                instrument.code(),
                instrument.version(),
                true,
                List.of(),
                total,
                percentage,
                band,
                null,
                positive,
                findings,
                unscored);
    }

    private static Score countScore(
            Instrument instrument,
            List<Integer> answers,
            List<CriticalFinding> findings,
            Map<String, Integer> unscored) {
        int count = 0;
        for (CountRule rule : instrument.scoring().countRules()) {
            for (int item : rule.items()) {
                if (answers.get(item - 1) >= rule.atLeast()) {
                    count++;
                }
            }
        }
        boolean positive = casenessMet(instrument.caseness(), count, null, answers);
        return new Score(
                instrument.code(),
                instrument.version(),
                true,
                List.of(),
                null,
                null,
                null,
                count,
                positive,
                findings,
                unscored);
    }

    private static boolean casenessMet(Cutoff cutoff, int rawOrCount, Integer scaled, List<Integer> answers) {
        double value = cutoff.scale() == ScoreScale.SCALED ? scaled : rawOrCount;
        boolean byTotal = cutoff.metBy(value);
        boolean byItem = cutoff.anyItemAtMost() != null && answers.stream().anyMatch(a -> a <= cutoff.anyItemAtMost());
        return byTotal || byItem;
    }

    private static Map<String, Integer> answeredOnly(Map<String, Integer> unscored) {
        Map<String, Integer> answered = new java.util.HashMap<>();
        if (unscored != null) {
            unscored.forEach((k, v) -> {
                if (v != null) {
                    answered.put(k, v);
                }
            });
        }
        return answered;
    }

    private static List<Integer> sorted(List<Integer> values) {
        List<Integer> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }
}
