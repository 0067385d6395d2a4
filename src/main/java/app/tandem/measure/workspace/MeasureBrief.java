package app.tandem.measure.workspace;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.measure.ChangeAssessment;
import app.tandem.measure.ChangeCalculator;
import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentCatalog;
import app.tandem.measure.ReliableChange;
import app.tandem.measure.internal.BaselineSds;
import app.tandem.shared.PracticeId;
import app.tandem.shared.SqlTimes;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.BriefContributor;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each instrument's scores since the last session for the brief, with Jacobson-Truax reliable change since the last
 * score before the period and since the first score, clinically significant change, and the threshold used.
 */
@Component
class MeasureBrief implements BriefContributor {

    static final int ORDER = 30;

    private final JdbcClient jdbc;
    private final InstrumentCatalog catalog;
    private final ChangeCalculator calculator;
    private final BaselineSds baselineSds;
    private final MessageSource messages;

    MeasureBrief(
            JdbcClient jdbc,
            InstrumentCatalog catalog,
            ChangeCalculator calculator,
            BaselineSds baselineSds,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.calculator = calculator;
        this.baselineSds = baselineSds;
        this.messages = messages;
    }

    /** A completed response that counts (no correction replaced it): only what the brief needs, no answers. */
    record Score(PracticeId practice, String code, int total, String band, Instant completedAt) {}

    @Override
    @Transactional(readOnly = true)
    public Optional<BriefSection> sectionFor(UserId client, Instant since, Instant until) {
        Locale locale = LocaleContextHolder.getLocale();
        String link = "/therapist/clients/" + client + "/measures";
        Map<String, List<Score>> byInstrument = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT practice_id, instrument_code, total, band, completed_at FROM measure_response
                WHERE client_id = ? AND status = 'COMPLETE' AND superseded_by_id IS NULL AND total IS NOT NULL
                  AND completed_at < ?
                ORDER BY completed_at, started_at""")
                .params(client.value(), utc(until))
                .query((rs, n) -> new Score(
                        new PracticeId(rs.getObject("practice_id", java.util.UUID.class)),
                        rs.getString("instrument_code"),
                        rs.getInt("total"),
                        rs.getString("band"),
                        SqlTimes.instant(rs, "completed_at")))
                .list()
                .forEach(s -> byInstrument
                        .computeIfAbsent(s.code(), c -> new ArrayList<>())
                        .add(s));
        List<BriefLine> lines = new ArrayList<>();
        // the practice's own baseline SD, where it set one, decides reliable change here as on the measures page
        byInstrument.forEach((code, scores) -> catalog.find(code)
                .map(instrument -> baselineSds.applyTo(scores.get(0).practice(), instrument))
                .ifPresent(instrument -> lines.addAll(linesFor(instrument, scores, since, link, locale))));
        if (lines.isEmpty()) {
            lines.add(new BriefLine(text("workspace.measure.none", locale), link, null));
        }
        return Optional.of(new BriefSection(ORDER, text("workspace.measure.heading", locale), lines, List.of()));
    }

    private List<BriefLine> linesFor(
            Instrument instrument, List<Score> scores, Instant since, String link, Locale locale) {
        List<Score> inPeriod =
                scores.stream().filter(s -> !s.completedAt().isBefore(since)).toList();
        if (inPeriod.isEmpty()) {
            return List.of();
        }
        Score latest = inPeriod.get(inPeriod.size() - 1);
        String band = instrument.bands().stream()
                .filter(b -> b.code().equals(latest.band()))
                .map(b -> b.clinicalLabel())
                .findFirst()
                .orElse("-");
        String list = inPeriod.stream().map(s -> String.valueOf(s.total())).collect(Collectors.joining(", "));
        List<BriefLine> lines = new ArrayList<>();
        lines.add(new BriefLine(
                text("workspace.measure.scores", locale, instrument.shortName(), list, latest.total(), band),
                link,
                latest.completedAt()));
        if (!instrument.changeDefined()) {
            lines.add(new BriefLine(text("workspace.measure.noChange", locale, instrument.shortName()), link, null));
            return lines;
        }
        Score first = scores.get(0);
        if (first == latest) {
            return lines;
        }
        Optional<Score> before =
                scores.stream().filter(s -> s.completedAt().isBefore(since)).reduce((a, b) -> b);
        ChangeAssessment change = calculator.assess(
                instrument, first.total(), before.map(Score::total).orElse(null), latest.total());
        double threshold = change.thresholds().reliableChangePoints();
        String points = !change.thresholds().hasIndex() && threshold == Math.rint(threshold)
                ? String.valueOf((long) threshold)
                : String.format(locale, "%.1f", threshold);
        if (change.fromPrevious() != null) {
            lines.add(new BriefLine(
                    text(
                            "workspace.measure.sinceLast",
                            locale,
                            instrument.shortName(),
                            change.previous(),
                            change.current(),
                            direction(change.fromPrevious(), locale)),
                    link,
                    null));
        }
        lines.add(new BriefLine(
                text(
                        "workspace.measure.sinceFirst",
                        locale,
                        instrument.shortName(),
                        change.baseline(),
                        change.current(),
                        direction(change.fromBaseline(), locale),
                        text("workspace.measure.csc." + change.clinicallySignificantChange(), locale)),
                link,
                null));
        lines.add(new BriefLine(
                text(
                        change.thresholds().hasIndex()
                                ? "workspace.measure.threshold"
                                : "workspace.measure.threshold.published",
                        locale,
                        points,
                        change.thresholds().caseness().threshold()),
                link,
                null));
        return lines;
    }

    private String direction(ReliableChange change, Locale locale) {
        return text("workspace.measure.direction." + change.direction().name(), locale, change.difference());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
