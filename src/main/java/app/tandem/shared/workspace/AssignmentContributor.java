package app.tandem.shared.workspace;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A module's assignments (measures, homework) that are due or overdue, for a whole caseload at once. */
public interface AssignmentContributor {

    /**
     * What is due now or overdue for each of {@code clients} (with their time zones) at {@code now}, in a fixed number
     * of queries whatever the number of clients. The caller has checked that the therapist cares for every client.
     */
    List<DueAssignment> dueFor(Map<UserId, ZoneId> clients, Instant now);
}
