package app.tandem.caseload.triage;

import app.tandem.shared.workspace.NeedKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every weight of the need score, in one place. A client's score is the sum of the points of every fact about them;
 * a fact's points are looked up by its kind and its severity (1 mild, 2, 3 strong). The same table is in
 * doc/adr/0017-caseload-triage.md:
 *
 * <pre>
 * kind                    severity 1  2    3
 * OPEN_ALERT                       45  90  150   (low / moderate / high; one step up once past the deadline)
 * RELIABLE_DETERIORATION           20  30   40
 * OFF_TRACK                        15  25   35
 * ABOVE_CASENESS_RISING            10  15   20
 * MOOD_TREND_DOWN                   8  12   16
 * CHECK_INS_STOPPED                 6  10   14
 * HOMEWORK_MISSED                   3   5    7
 * SESSION_SOON                      2   4    4   (tomorrow / today)
 * </pre>
 *
 * Why these: a risk signal comes first. A high alert alone outscores every other reason together at its strongest
 * (132 points), a moderate one any two other reasons, a low one any single other reason. A measured change outranks
 * a pattern in daily check-ins; missed homework and an upcoming session only order
 * clients who are otherwise alike. SESSION_SOON is a reason to look now, not a worry: it does not count towards
 * "needs attention".
 */
public final class NeedWeights {

    private static final Map<NeedKind, int[]> POINTS = new EnumMap<>(NeedKind.class);

    static {
        POINTS.put(NeedKind.OPEN_ALERT, new int[] {45, 90, 150});
        POINTS.put(NeedKind.RELIABLE_DETERIORATION, new int[] {20, 30, 40});
        POINTS.put(NeedKind.OFF_TRACK, new int[] {15, 25, 35});
        POINTS.put(NeedKind.ABOVE_CASENESS_RISING, new int[] {10, 15, 20});
        POINTS.put(NeedKind.MOOD_TREND_DOWN, new int[] {8, 12, 16});
        POINTS.put(NeedKind.CHECK_INS_STOPPED, new int[] {6, 10, 14});
        POINTS.put(NeedKind.HOMEWORK_MISSED, new int[] {3, 5, 7});
        POINTS.put(NeedKind.SESSION_SOON, new int[] {2, 4, 4});
    }

    private NeedWeights() {}

    /** The points of a fact of this kind and severity (1..3). */
    public static int points(NeedKind kind, int severity) {
        if (severity < 1 || severity > 3) {
            throw new IllegalArgumentException("severity must be 1..3, was " + severity);
        }
        return POINTS.get(kind)[severity - 1];
    }

    /** One line of the weights table, as the caseload page shows it: a kind and its points at severity 1, 2 and 3. */
    public record Row(NeedKind kind, int mild, int moderate, int strong) {}

    /** The whole table, strongest kind first, for the page's "how the score is worked out". */
    public static List<Row> table() {
        return POINTS.entrySet().stream()
                .map(e -> new Row(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /** Whether a kind of fact is a worry (counts towards "needs attention"), not only a reason to look now. */
    public static boolean isConcern(NeedKind kind) {
        return kind != NeedKind.SESSION_SOON;
    }
}
