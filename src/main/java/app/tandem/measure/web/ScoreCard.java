package app.tandem.measure.web;

import app.tandem.measure.internal.MeasureResults;
import java.time.ZoneId;

/**
 * One questionnaire on the therapist's overview of a client: the latest score and band, change since the first and
 * the last response (the words come from the same reliable-change rule as everywhere), and a small chart.
 * {@code severity} (0 least to 4 most) places the band's marker on the same scale as the chart's shading; null
 * without a band.
 */
record ScoreCard(MeasureResults.History history, ScoreChart chart, Integer severity) {

    static ScoreCard of(MeasureResults.History history, ZoneId zone) {
        return new ScoreCard(
                history,
                ScoreChart.compact(history.instrument(), history.current(), zone),
                history.latestBand()
                        .map(b -> ScoreChart.severity(history.instrument(), b))
                        .orElse(null));
    }
}
