package app.tandem.caseload.triage;

import app.tandem.shared.UserId;
import app.tandem.shared.workspace.NeedKind;
import java.util.Comparator;
import java.util.List;

/** A client in the caseload with their need score and every reason behind it, the largest first. */
public record TriagedClient(UserId clientId, String name, List<Reason> reasons) {

    /** Most points first; ties by the most recent observation. */
    static final Comparator<Reason> REASON_ORDER = Comparator.comparingInt(Reason::points)
            .reversed()
            .thenComparing(Reason::observedAt, Comparator.reverseOrder());

    /** Highest score first; ties by name. */
    static final Comparator<TriagedClient> TRIAGE_ORDER = Comparator.comparingInt(TriagedClient::score)
            .reversed()
            .thenComparing(TriagedClient::name, String.CASE_INSENSITIVE_ORDER);

    public TriagedClient {
        reasons = reasons.stream().sorted(REASON_ORDER).toList();
    }

    /** The sum of the points of every reason. */
    public int score() {
        return reasons.stream().mapToInt(Reason::points).sum();
    }

    /** Whether any reason is a worry, not only an upcoming session. */
    public boolean needsAttention() {
        return reasons.stream().anyMatch(r -> NeedWeights.isConcern(r.kind()));
    }

    /** Whether a session is today (a SESSION_SOON fact of severity 2; severity 1 is tomorrow). */
    public boolean sessionToday() {
        return reasons.stream().anyMatch(r -> r.kind() == NeedKind.SESSION_SOON && r.severity() >= 2);
    }
}
