package app.tandem.measure.need;

import app.tandem.measure.ChangeAssessment;
import app.tandem.measure.ChangeCalculator;
import app.tandem.measure.ChangeDirection;
import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentCatalog;
import app.tandem.measure.internal.ScoreSummaryRepository;
import app.tandem.measure.internal.ScoreSummaryRepository.Summary;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.NeedContributor;
import app.tandem.shared.workspace.NeedFact;
import app.tandem.shared.workspace.NeedKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures as reasons for the caseload, one query for the whole caseload (the per-client summary of counted scores,
 * kept on write: {@link ScoreSummaryRepository}):
 * <ul>
 * <li>RELIABLE_DETERIORATION: the latest score is reliably worse than the first (Jacobson-Truax, as everywhere in
 *     Tandem); severity 1 below caseness, 2 at or above it, 3 at or above it by twice the reliable-change points;</li>
 * <li>OFF_TRACK: worse than the {@link ExpectedRecovery} curve for the first score at this week of treatment, by
 *     more than its tolerance (severity 1) or twice it (severity 2); only for a first score at or above caseness,
 *     from the second week on;</li>
 * <li>ABOVE_CASENESS_RISING: the latest score is at or above caseness and worse than the one before (severity 1),
 *     or worse twice in a row (severity 2).</li>
 * </ul>
 */
@Component
class MeasureNeeds implements NeedContributor {

    private static final Duration WEEK = Duration.ofDays(7);
    private static final double FIRST_WEEKS = 2;

    private final ScoreSummaryRepository scores;
    private final InstrumentCatalog catalog;
    private final ChangeCalculator calculator;
    private final ExpectedRecovery recovery;
    private final MessageSource messages;

    MeasureNeeds(
            ScoreSummaryRepository scores,
            InstrumentCatalog catalog,
            ChangeCalculator calculator,
            RecoveryProperties recovery,
            MessageSource messages) {
        this.scores = scores;
        this.catalog = catalog;
        this.calculator = calculator;
        this.recovery = recovery.expectedRecovery();
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UserId, List<NeedFact>> factsFor(Collection<UserId> clients, Instant now) {
        Map<UserId, List<NeedFact>> facts = new LinkedHashMap<>();
        for (Summary summary : scores.forClients(clients)) {
            catalog.find(summary.instrument())
                    .filter(Instrument::changeDefined)
                    .filter(i -> summary.counted() >= 2)
                    .ifPresent(i -> {
                        List<NeedFact> found = facts(i, series(summary));
                        if (!found.isEmpty()) {
                            facts.computeIfAbsent(summary.client(), c -> new ArrayList<>())
                                    .addAll(found);
                        }
                    });
        }
        return facts;
    }

    /** A counted score: the first, or one of the latest three. */
    record Scored(UserId client, int total, Instant completedAt) {}

    /** The first score and the latest ones, oldest first, without counting a score twice. */
    static List<Scored> series(Summary s) {
        List<Scored> series = new ArrayList<>();
        series.add(new Scored(s.client(), s.firstTotal(), s.firstAt()));
        if (s.counted() >= 4) {
            series.add(new Scored(s.client(), s.thirdLastTotal(), null));
        }
        if (s.counted() >= 3) {
            series.add(new Scored(s.client(), s.secondLastTotal(), null));
        }
        series.add(new Scored(s.client(), s.lastTotal(), s.lastAt()));
        return series;
    }

    private List<NeedFact> facts(Instrument instrument, List<Scored> series) {
        Scored first = series.get(0);
        Scored latest = series.get(series.size() - 1);
        Scored previous = series.get(series.size() - 2);
        String link = "/therapist/clients/" + first.client().value() + "/measures";
        ChangeAssessment change = calculator.assess(
                instrument, first.total(), series.size() >= 3 ? previous.total() : null, latest.total());
        List<NeedFact> facts = new ArrayList<>();
        if (change.fromBaseline().direction() == ChangeDirection.DETERIORATED) {
            boolean farWorse = Math.abs(change.changeFromBaseline())
                    >= 2 * change.thresholds().reliableChangePoints();
            int severity = !change.currentCaseness() ? 1 : farWorse ? 3 : 2;
            facts.add(new NeedFact(
                    NeedKind.RELIABLE_DETERIORATION,
                    severity,
                    text("caseload.need.measure.deterioration", instrument.shortName(), first.total(), latest.total()),
                    link,
                    latest.completedAt()));
        }
        if (change.baselineCaseness()) {
            double weeks =
                    Duration.between(first.completedAt(), latest.completedAt()).toMinutes() / (double) WEEK.toMinutes();
            if (weeks >= FIRST_WEEKS) {
                recovery.judge(instrument.code(), first.total(), weeks, latest.total())
                        .filter(ExpectedRecovery.Verdict::offTrack)
                        .ifPresent(v -> facts.add(new NeedFact(
                                NeedKind.OFF_TRACK,
                                v.offTrackBy(),
                                text(
                                        "caseload.need.measure.offTrack",
                                        instrument.shortName(),
                                        latest.total(),
                                        (int) Math.floor(weeks),
                                        Math.round(v.expected()),
                                        first.total()),
                                link,
                                latest.completedAt())));
            }
        }
        if (change.currentCaseness() && worse(instrument, previous.total(), latest.total())) {
            boolean twice = series.size() >= 3
                    && worse(instrument, series.get(series.size() - 3).total(), previous.total());
            facts.add(new NeedFact(
                    NeedKind.ABOVE_CASENESS_RISING,
                    twice ? 2 : 1,
                    text("caseload.need.measure.rising", instrument.shortName(), previous.total(), latest.total()),
                    link,
                    latest.completedAt()));
        }
        return facts;
    }

    private static boolean worse(Instrument instrument, int before, int after) {
        return after != before
                && Integer.signum(after - before) != instrument.direction().improvementSign();
    }

    /**
     * Whole numbers are passed as text: MessageFormat builds a new NumberFormat for every number it formats, which on
     * a 150-client caseload (hundreds of facts a request) was a tenth of the request's CPU. Scores and weeks need no
     * grouping or locale digits.
     */
    private String text(String code, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Integer || args[i] instanceof Long ? args[i].toString() : args[i];
        }
        return messages.getMessage(code, plain, LocaleContextHolder.getLocale());
    }
}
