package app.tandem.measure.workspace;

import app.tandem.measure.ChangeAssessment;
import app.tandem.measure.ChangeCalculator;
import app.tandem.measure.ChangeDirection;
import app.tandem.measure.Instrument;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.ReliableChange;
import app.tandem.measure.internal.MeasureResults;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.BriefContributor;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each instrument's scores since the last session for the brief, with Jacobson-Truax reliable change since the last
 * score before the period and since the first score, clinically significant change, and the threshold used.
 */
@Component
class MeasureBrief implements BriefContributor {

    static final int ORDER = 30;

    private final MeasureResults results;
    private final ChangeCalculator calculator;
    private final MessageSource messages;

    MeasureBrief(MeasureResults results, ChangeCalculator calculator, MessageSource messages) {
        this.results = results;
        this.calculator = calculator;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BriefSection> sectionFor(UserId client, Instant since, Instant until) {
        Locale locale = LocaleContextHolder.getLocale();
        String link = "/therapist/clients/" + client + "/measures";
        List<BriefLine> lines = new ArrayList<>();
        for (MeasureResults.History history : results.histories(client)) {
            lines.addAll(linesFor(history, since, until, link, locale));
        }
        if (lines.isEmpty()) {
            lines.add(new BriefLine(text("workspace.measure.none", locale), link, null));
        }
        return Optional.of(new BriefSection(ORDER, text("workspace.measure.heading", locale), lines, List.of()));
    }

    private List<BriefLine> linesFor(
            MeasureResults.History history, Instant since, Instant until, String link, Locale locale) {
        List<MeasureResponse> inPeriod = history.current().stream()
                .filter(r -> !r.completedAt().isBefore(since) && r.completedAt().isBefore(until))
                .toList();
        if (inPeriod.isEmpty()) {
            return List.of();
        }
        Instrument instrument = history.instrument();
        MeasureResponse latest = inPeriod.get(inPeriod.size() - 1);
        String band = history.band(latest).map(b -> b.clinicalLabel()).orElse("-");
        String scores = inPeriod.stream().map(r -> String.valueOf(r.total())).collect(Collectors.joining(", "));
        List<BriefLine> lines = new ArrayList<>();
        lines.add(new BriefLine(
                text("workspace.measure.scores", locale, instrument.shortName(), scores, latest.total(), band),
                link,
                latest.completedAt()));
        MeasureResponse first = history.baseline();
        if (!instrument.changeDefined() || first.id().equals(latest.id()) || first.total() == null) {
            if (!instrument.changeDefined()) {
                lines.add(
                        new BriefLine(text("workspace.measure.noChange", locale, instrument.shortName()), link, null));
            }
            return lines;
        }
        Optional<MeasureResponse> before = history.current().stream()
                .filter(r -> r.completedAt().isBefore(since))
                .reduce((a, b) -> b);
        ChangeAssessment change = calculator.assess(
                instrument, first.total(), before.map(MeasureResponse::total).orElse(null), latest.total());
        String points = String.format(locale, "%.1f", change.thresholds().reliableChangePoints());
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
                        "workspace.measure.threshold",
                        locale,
                        points,
                        change.thresholds().caseness().threshold()),
                link,
                null));
        return lines;
    }

    private String direction(ReliableChange change, Locale locale) {
        ChangeDirection direction = change.direction();
        return text("workspace.measure.direction." + direction.name(), locale, change.difference());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
