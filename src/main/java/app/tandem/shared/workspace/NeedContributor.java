package app.tandem.shared.workspace;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A module's facts about why clients may need attention, for a whole caseload at once. */
public interface NeedContributor {

    /**
     * The facts about each of {@code clients} at {@code now}. Answers with a fixed number of queries whatever the
     * number of clients (never one per client); clients without facts may be absent from the map. The caller has
     * checked that the therapist cares for every client given.
     */
    Map<UserId, List<NeedFact>> factsFor(Collection<UserId> clients, Instant now);
}
