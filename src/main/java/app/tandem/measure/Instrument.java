package app.tandem.measure;

import java.util.List;
import java.util.Optional;

/**
 * Public, immutable view of one validated instrument definition (one version of one questionnaire).
 *
 * <p>{@code change} is null when change over time is not defined (ASRS). {@code scaledRange} is null unless the
 * scoring method is SUM_TIMES.
 */
public record Instrument(
        String code,
        String version,
        String title,
        String shortName,
        String construct,
        String stem,
        String instructions,
        RecallPeriod recallPeriod,
        Coding coding,
        List<AnswerOption> answerOptions,
        List<InstrumentItem> items,
        List<UnscoredItem> unscoredItems,
        ScoringRule scoring,
        ScoreRange totalRange,
        ScoreRange scaledRange,
        Direction direction,
        BandKind bandKind,
        List<Band> bands,
        Cutoff caseness,
        List<Cutoff> otherCutoffs,
        List<CriticalItem> criticalItems,
        ChangeParameters change,
        Licence licence,
        String attribution,
        boolean enabledByDefault) {

    public Instrument {
        answerOptions = List.copyOf(answerOptions);
        items = List.copyOf(items);
        unscoredItems = List.copyOf(unscoredItems);
        bands = List.copyOf(bands);
        otherCutoffs = List.copyOf(otherCutoffs);
        criticalItems = List.copyOf(criticalItems);
    }

    /** The same instrument with other change parameters (a practice's own baseline SD). */
    public Instrument withChange(ChangeParameters otherChange) {
        return new Instrument(
                code,
                version,
                title,
                shortName,
                construct,
                stem,
                instructions,
                recallPeriod,
                coding,
                answerOptions,
                items,
                unscoredItems,
                scoring,
                totalRange,
                scaledRange,
                direction,
                bandKind,
                bands,
                caseness,
                otherCutoffs,
                criticalItems,
                otherChange,
                licence,
                attribution,
                enabledByDefault);
    }

    public int itemCount() {
        return items.size();
    }

    /** The item with the given 1-based number. */
    public InstrumentItem item(int number) {
        return items.get(number - 1);
    }

    public Optional<UnscoredItem> unscoredItem(String linkId) {
        return unscoredItems.stream().filter(i -> i.linkId().equals(linkId)).findFirst();
    }

    /** The band containing a raw total; empty only for instruments without bands (ASRS). */
    public Optional<Band> bandFor(int rawTotal) {
        return bands.stream().filter(b -> b.contains(rawTotal)).findFirst();
    }

    /** The scaled score for a raw total (WHO-5: raw x 4), or null when the instrument has none. */
    public Integer scaled(int rawTotal) {
        return scoring.method() == ScoringMethod.SUM_TIMES ? rawTotal * scoring.factor() : null;
    }

    public boolean changeDefined() {
        return change != null;
    }

    public Optional<CriticalItem> criticalItem(int number) {
        return criticalItems.stream().filter(c -> c.item() == number).findFirst();
    }
}
