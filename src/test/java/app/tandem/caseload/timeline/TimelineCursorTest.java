package app.tandem.caseload.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.shared.workspace.TimelineKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's order and its cursor: newest first, ties by kind then id, and a cursor that survives a round trip. */
class TimelineCursorTest {

    static final Instant T = Instant.parse("2026-11-20T08:15:30.123456Z");

    @Test
    void entriesAreNewestFirstThenByKindThenByIdDescending() {
        TimelineEntry older = entry(TimelineKind.CHECK_IN, "a", T.minusSeconds(1));
        TimelineEntry checkInB = entry(TimelineKind.CHECK_IN, "b", T);
        TimelineEntry checkInA = entry(TimelineKind.CHECK_IN, "a", T);
        TimelineEntry technique = entry(TimelineKind.TECHNIQUE, "z", T);
        List<TimelineEntry> entries = new ArrayList<>(List.of(older, technique, checkInA, checkInB));

        entries.sort(TimelineCursor.ORDER);

        assertThat(entries).containsExactly(checkInB, checkInA, technique, older);
    }

    @Test
    void aCursorKeepsOnlyWhatComesAfterItsEntry() {
        TimelineCursor cursor = TimelineCursor.after(entry(TimelineKind.CHECK_IN, "a", T));

        assertThat(cursor.isBefore(entry(TimelineKind.CHECK_IN, "b", T))).isFalse();
        assertThat(cursor.isBefore(entry(TimelineKind.CHECK_IN, "a", T))).isFalse();
        assertThat(cursor.isBefore(entry(TimelineKind.MEASURE, "0", T))).isTrue();
        assertThat(cursor.isBefore(entry(TimelineKind.CHECK_IN, "0", T))).isTrue();
        assertThat(cursor.isBefore(entry(TimelineKind.CHECK_IN, "z", T.minusNanos(1000))))
                .isTrue();
    }

    @Test
    void aCursorRoundTripsThroughItsTextToTheMicrosecond() {
        TimelineCursor cursor = TimelineCursor.after(entry(TimelineKind.SAFETY_PLAN, "3f2c", T.plusNanos(999)));

        TimelineCursor back = TimelineCursor.decode(cursor.encode());

        assertThat(back).isEqualTo(cursor);
        assertThat(back.at()).isEqualTo(T);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void textThatIsNotACursorIsRefused() {
        for (String bad : List.of("not-a-cursor", "", "bm9wZQ", "MTIzfkRSRUFNU35h")) {
            assertThatThrownBy(() -> TimelineCursor.decode(bad))
                    .as(bad)
                    .isInstanceOf(InvalidTimelineRequestException.class);
        }
    }

    private static TimelineEntry entry(TimelineKind kind, String id, Instant at) {
        return new TimelineEntry(kind, id, at, "text", "/link");
    }
}
