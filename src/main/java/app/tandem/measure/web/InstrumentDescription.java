package app.tandem.measure.web;

import app.tandem.measure.AnswerOption;
import app.tandem.measure.Instrument;
import java.util.List;

/** An instrument the practice offers, as the API describes it: items in order, answer options, LOINC codes. */
record InstrumentDescription(
        String code,
        String version,
        String title,
        String shortName,
        String stem,
        String loinc,
        List<ItemDescription> items,
        List<UnscoredItemDescription> unscoredItems,
        String attribution) {

    /** A scored item; {@code loinc} is null where the instrument is not LOINC-coded. */
    record ItemDescription(int number, String text, String loinc, List<OptionDescription> options) {}

    /** An item that is answered but not scored (e.g. PHQ-9 difficulty), keyed by {@code linkId}. */
    record UnscoredItemDescription(
            String linkId, String text, String loinc, boolean required, List<OptionDescription> options) {}

    record OptionDescription(int score, String label, String loinc) {}

    static InstrumentDescription of(Instrument i) {
        boolean loinc = i.coding().isLoinc();
        return new InstrumentDescription(
                i.code(),
                i.version(),
                i.title(),
                i.shortName(),
                i.stem(),
                i.coding().loincPanelCode(),
                i.items().stream()
                        .map(item -> new ItemDescription(
                                item.number(), item.text(), loinc ? item.code() : null, options(loinc, item.options())))
                        .toList(),
                i.unscoredItems().stream()
                        .map(u -> new UnscoredItemDescription(
                                u.linkId(),
                                u.text(),
                                loinc ? u.code() : null,
                                u.required(),
                                options(loinc, u.options())))
                        .toList(),
                i.attribution());
    }

    private static List<OptionDescription> options(boolean loinc, List<AnswerOption> options) {
        return options.stream()
                .map(o -> new OptionDescription(o.score(), o.label(), loinc ? o.code() : null))
                .toList();
    }
}
