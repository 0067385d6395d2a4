package app.tandem.measure.internal;

import app.tandem.measure.Band;
import app.tandem.measure.ChangeAssessment;
import app.tandem.measure.ChangeCalculator;
import app.tandem.measure.ChangeDirection;
import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentCatalog;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.ReliableChange;
import app.tandem.shared.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's completed responses per instrument with change statistics. Callers check access and audit. */
@Service
public class MeasureResults {

    private final ResponseRepository responses;
    private final InstrumentCatalog catalog;
    private final ChangeCalculator calculator;
    private final BaselineSds baselineSds;

    MeasureResults(
            ResponseRepository responses,
            InstrumentCatalog catalog,
            ChangeCalculator calculator,
            BaselineSds baselineSds) {
        this.responses = responses;
        this.catalog = catalog;
        this.calculator = calculator;
        this.baselineSds = baselineSds;
    }

    /** In plain words, how the latest response compares with another one (for the client). */
    public enum Comparison {
        BETTER,
        ABOUT_THE_SAME,
        WORSE
    }

    /**
     * One instrument's history: {@code current} are the responses that count (corrections replace originals),
     * {@code all} also the replaced ones; {@code change} is null with fewer than two or where change is undefined.
     */
    public record History(
            Instrument instrument, List<MeasureResponse> current, List<MeasureResponse> all, ChangeAssessment change) {

        public MeasureResponse latest() {
            return current.get(current.size() - 1);
        }

        public MeasureResponse baseline() {
            return current.get(0);
        }

        public Optional<Band> latestBand() {
            return band(latest());
        }

        public Optional<Band> band(MeasureResponse r) {
            return r.bandCode() == null
                    ? Optional.empty()
                    : instrument.bands().stream()
                            .filter(b -> b.code().equals(r.bandCode()))
                            .findFirst();
        }

        /** The latest compared with the first; empty when there is nothing to compare. */
        public Optional<Comparison> comparedWithFirst() {
            return change == null ? Optional.empty() : Optional.of(words(change.fromBaseline()));
        }

        /** The latest compared with the one before it. */
        public Optional<Comparison> comparedWithLast() {
            return change == null || change.fromPrevious() == null
                    ? Optional.empty()
                    : Optional.of(words(change.fromPrevious()));
        }

        private static Comparison words(ReliableChange change) {
            return change.direction() == ChangeDirection.IMPROVED
                    ? Comparison.BETTER
                    : change.direction() == ChangeDirection.DETERIORATED ? Comparison.WORSE : Comparison.ABOUT_THE_SAME;
        }
    }

    @Transactional(readOnly = true)
    public List<History> histories(UserId client) {
        Map<String, List<MeasureResponse>> byCode = new LinkedHashMap<>();
        for (MeasureResponse r : responses.completed(client)) {
            byCode.computeIfAbsent(r.instrumentCode(), c -> new ArrayList<>()).add(r);
        }
        List<History> histories = new ArrayList<>();
        byCode.forEach((code, all) -> catalog.find(code).ifPresent(i -> histories.add(history(i, all))));
        return histories;
    }

    @Transactional(readOnly = true)
    public Optional<History> history(UserId client, String code) {
        List<MeasureResponse> all = responses.completed(client, code);
        return all.isEmpty() ? Optional.empty() : catalog.find(code).map(i -> history(i, all));
    }

    /** The history up to and including one response (for its result page). */
    @Transactional(readOnly = true)
    public Optional<History> historyUntil(MeasureResponse response) {
        List<MeasureResponse> all = responses.completed(response.client(), response.instrumentCode()).stream()
                .filter(r -> !r.completedAt().isAfter(response.completedAt()))
                .filter(r -> r.isCurrent() || r.id().equals(response.id()))
                .toList();
        return all.isEmpty()
                ? Optional.empty()
                : catalog.find(response.instrumentCode()).map(i -> history(i, all));
    }

    private History history(Instrument defined, List<MeasureResponse> all) {
        Instrument instrument = baselineSds.applyTo(all.get(0).practice(), defined);
        List<MeasureResponse> current =
                all.stream().filter(MeasureResponse::isCurrent).toList();
        if (current.isEmpty()) {
            current = List.of(all.get(all.size() - 1));
        }
        ChangeAssessment change = null;
        if (instrument.changeDefined() && current.size() >= 2 && current.get(0).total() != null) {
            MeasureResponse latest = current.get(current.size() - 1);
            MeasureResponse previous = current.get(current.size() - 2);
            change = calculator.assess(
                    instrument, current.get(0).total(), current.size() >= 3 ? previous.total() : null, latest.total());
        }
        return new History(instrument, current, all, change);
    }
}
