package app.tandem.measure;

import java.util.List;

/** For COUNT_IN_RANGE scoring: each listed item counts when its answer score is at least {@code atLeast}. */
public record CountRule(List<Integer> items, int atLeast) {

    public CountRule {
        items = List.copyOf(items);
    }
}
