package app.tandem.measure.web;

import app.tandem.measure.Band;
import app.tandem.measure.Instrument;
import app.tandem.measure.MeasureResponse;
import app.tandem.safety.SafetyOutcome;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A saved response as the API answers it. Count-scored instruments (ASRS) carry {@code count} and
 * {@code screenPositive}; the others {@code total}, {@code percentage} (WHO-5 only), {@code band} and
 * {@code bandLabel}. {@code safety} only when a critical item raised a risk signal.
 */
record MeasureResult(
        UUID id,
        String instrument,
        String version,
        boolean complete,
        Instant completedAt,
        @JsonUnwrapped ResultCount counted,
        @JsonUnwrapped ResultTotal totalled,
        List<Integer> answers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> unscoredAnswers,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID supersedes,
        @JsonInclude(JsonInclude.Include.NON_NULL) ResultSafety safety) {

    /** How many items were endorsed and whether that screens positive. */
    record ResultCount(Integer count, Boolean screenPositive) {}

    /** The total, its percentage where the instrument defines one, and its severity band. */
    record ResultTotal(
            Integer total,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer percentage,
            String band,
            String bandLabel) {}

    /** The risk level raised and where the client finds help now. */
    record ResultSafety(String level, UUID alertId, String contactExpectation, boolean showCrisisScreen, String help) {

        static ResultSafety of(SafetyOutcome outcome) {
            return new ResultSafety(
                    outcome.level().name(),
                    outcome.alertId(),
                    outcome.contactExpectation(),
                    outcome.showCrisisScreen(),
                    "/help");
        }
    }

    /** The response with the client's band labels, without safety. */
    static MeasureResult of(Instrument instrument, MeasureResponse r) {
        return of(instrument, r, SafetyOutcome.NONE);
    }

    /** The response, with safety when the outcome calls for the crisis card. */
    static MeasureResult of(Instrument instrument, MeasureResponse r, SafetyOutcome outcome) {
        ResultCount counted = r.count() == null ? null : new ResultCount(r.count(), r.screenPositive());
        ResultTotal totalled = null;
        if (r.count() == null) {
            Band band = instrument.bands().stream()
                    .filter(b -> b.code().equals(r.bandCode()))
                    .findFirst()
                    .orElse(null);
            totalled = new ResultTotal(
                    r.total(),
                    r.percentage(),
                    band == null ? null : band.code(),
                    band == null ? null : band.clientLabel());
        }
        return new MeasureResult(
                r.id(),
                r.instrumentCode(),
                r.instrumentVersion(),
                r.isComplete(),
                r.completedAt(),
                counted,
                totalled,
                r.answers(),
                r.unscoredAnswers(),
                r.supersedesId(),
                outcome.showCrisisCard() ? ResultSafety.of(outcome) : null);
    }
}
