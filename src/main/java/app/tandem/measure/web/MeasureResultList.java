package app.tandem.measure.web;

import app.tandem.measure.ChangeAssessment;
import app.tandem.measure.ReliableChange;
import app.tandem.measure.internal.MeasureResults;
import java.util.List;

/** The caller's complete responses to one instrument, oldest first, and the change between them (null if none). */
record MeasureResultList(String instrument, List<MeasureResult> responses, ChangeSummary change) {

    /** Change on the instrument's change scale, with the thresholds and sources that decided it. */
    record ChangeSummary(
            String scale,
            int baseline,
            Integer previous,
            int current,
            ReliableChangeSummary fromBaseline,
            ReliableChangeSummary fromPrevious,
            boolean clinicallySignificantChange,
            boolean reliableRecovery,
            Boolean response,
            Boolean remission,
            String reliableChangeRule,
            double reliableChangeThreshold,
            double commonReliableChange,
            String thresholds) {

        static ChangeSummary of(ChangeAssessment c) {
            return new ChangeSummary(
                    c.scale().name(),
                    c.baseline(),
                    c.previous(),
                    c.current(),
                    ReliableChangeSummary.of(c.fromBaseline()),
                    c.fromPrevious() == null ? null : ReliableChangeSummary.of(c.fromPrevious()),
                    c.clinicallySignificantChange(),
                    c.reliableRecovery(),
                    c.response(),
                    c.remission(),
                    c.thresholds().rule().name(),
                    Math.round(c.thresholds().reliableChangePoints() * 100) / 100.0,
                    c.thresholds().commonReliableChange().value(),
                    c.thresholds().summary());
        }
    }

    /** One difference and whether it is reliable; {@code rci} is null where no sourced SD gives an index. */
    record ReliableChangeSummary(
            int difference, Double rci, boolean reliable, String direction, boolean meetsCommonThreshold) {

        static ReliableChangeSummary of(ReliableChange r) {
            return new ReliableChangeSummary(
                    r.difference(),
                    r.hasIndex() ? Math.round(r.rci() * 100) / 100.0 : null,
                    r.reliable(),
                    r.direction().name(),
                    r.meetsCommonThreshold());
        }
    }

    static MeasureResultList of(MeasureResults.History history) {
        return new MeasureResultList(
                history.instrument().code(),
                history.current().stream()
                        .map(r -> MeasureResult.of(history.instrument(), r))
                        .toList(),
                history.change() == null ? null : ChangeSummary.of(history.change()));
    }
}
