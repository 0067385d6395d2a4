package app.tandem.screening.analysis;

import app.tandem.screening.rules.Rule;

/** Where one rule matched: tokens {@code [start, end)} of sentence {@code sentence}. */
record Match(Rule rule, int start, int end, int sentence) {

    boolean overlaps(Match other) {
        return start < other.end && other.start < end;
    }

    boolean contains(Match other) {
        return start <= other.start && other.end <= end;
    }
}
