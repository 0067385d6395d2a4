package app.tandem.measure.instrument;

import app.tandem.measure.AnswerOption;
import app.tandem.measure.Band;
import app.tandem.measure.ChangeParameters;
import app.tandem.measure.CitedValue;
import app.tandem.measure.Coding;
import app.tandem.measure.CountRule;
import app.tandem.measure.CriticalItem;
import app.tandem.measure.Cutoff;
import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentItem;
import app.tandem.measure.Licence;
import app.tandem.measure.RecallPeriod;
import app.tandem.measure.ScoreRange;
import app.tandem.measure.ScoringRule;
import app.tandem.measure.UnscoredItem;
import app.tandem.measure.instrument.InstrumentJson.BandJson;
import app.tandem.measure.instrument.InstrumentJson.ChangeJson;
import app.tandem.measure.instrument.InstrumentJson.CitedJson;
import app.tandem.measure.instrument.InstrumentJson.CutoffJson;
import app.tandem.measure.instrument.InstrumentJson.OptionJson;
import app.tandem.measure.instrument.InstrumentJson.RangeJson;
import java.util.Comparator;
import java.util.List;

/** Turns a validated definition into the immutable public {@link Instrument}. */
final class DefinitionMapper {

    /** Maps a definition that {@link DefinitionValidator} accepted; behaviour on invalid input is undefined. */
    public Instrument toInstrument(InstrumentJson d) {
        List<AnswerOption> shared = options(d.answerOptions());
        return new Instrument(
                d.code(),
                d.version(),
                d.title(),
                d.shortName(),
                d.construct(),
                d.stem(),
                d.instructions(),
                new RecallPeriod(d.recallPeriod().iso(), d.recallPeriod().text()),
                new Coding(
                        d.coding().system(),
                        d.coding().panel(),
                        d.coding().totalScore(),
                        d.coding().scaledScore(),
                        d.coding().answerSystem(),
                        d.coding().note(),
                        d.coding().loincPanel(),
                        d.coding().loincTotal()),
                shared,
                d.items().stream()
                        .map(i -> new InstrumentItem(
                                i.number(), i.text(), i.code(), i.options() != null ? options(i.options()) : shared))
                        .toList(),
                list(d.unscoredItems()).stream()
                        .map(u -> new UnscoredItem(
                                u.linkId(),
                                u.text(),
                                u.code(),
                                u.required(),
                                options(u.options()),
                                bool(u.check()),
                                u.note()))
                        .toList(),
                new ScoringRule(
                        d.scoring().method(),
                        d.scoring().factor(),
                        d.scoring().scaledName(),
                        list(d.scoring().countRules()).stream()
                                .map(r -> new CountRule(r.items(), r.atLeast()))
                                .toList()),
                range(d.totalRange()),
                range(d.scaledRange()),
                d.direction(),
                d.bandKind(),
                list(d.bands()).stream()
                        .sorted(Comparator.comparing(BandJson::min))
                        .map(b -> new Band(
                                b.code(),
                                b.min(),
                                b.max(),
                                b.clientLabel(),
                                b.clinicalLabel(),
                                bool(b.check()),
                                b.note()))
                        .toList(),
                cutoff(d.caseness()),
                list(d.otherCutoffs()).stream().map(DefinitionMapper::cutoff).toList(),
                list(d.criticalItems()).stream()
                        .map(c -> new CriticalItem(c.item(), c.riskByAnswer(), c.reason()))
                        .toList(),
                change(d.change()),
                new Licence(
                        d.licence().name(),
                        d.licence().requiresLicence(),
                        bool(d.licence().check()),
                        d.licence().note()),
                d.attribution(),
                d.enabledByDefault());
    }

    private static List<AnswerOption> options(List<OptionJson> options) {
        return options.stream()
                .map(o -> new AnswerOption(o.score(), o.label(), o.code()))
                .toList();
    }

    private static ScoreRange range(RangeJson r) {
        return r == null ? null : new ScoreRange(r.min(), r.max());
    }

    private static Cutoff cutoff(CutoffJson c) {
        return c == null
                ? null
                : new Cutoff(
                        c.comparison(),
                        c.threshold(),
                        c.scale(),
                        c.anyItemAtMost(),
                        c.source(),
                        bool(c.check()),
                        c.note());
    }

    private static ChangeParameters change(ChangeJson c) {
        return c == null
                ? null
                : new ChangeParameters(
                        c.scale(),
                        cited(c.sd()),
                        cited(c.reliability()),
                        cited(c.commonReliableChange()),
                        cutoff(c.caseness()),
                        c.responseReductionPercent(),
                        cutoff(c.remission()));
    }

    private static CitedValue cited(CitedJson c) {
        return c == null ? null : new CitedValue(c.value(), c.source(), bool(c.check()), c.note());
    }

    private static boolean bool(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
