package app.tandem.caseload.triage;

import app.tandem.shared.workspace.NeedFact;
import app.tandem.shared.workspace.NeedKind;
import java.time.Instant;

/** One reason a client is where they are in the caseload: a contributor's fact and the points it adds. */
public record Reason(NeedKind kind, int severity, int points, String text, String link, Instant observedAt) {

    static Reason of(NeedFact fact) {
        return new Reason(
                fact.kind(),
                fact.severity(),
                NeedWeights.points(fact.kind(), fact.severity()),
                fact.text(),
                fact.link(),
                fact.observedAt());
    }
}
