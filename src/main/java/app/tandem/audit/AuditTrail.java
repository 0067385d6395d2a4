package app.tandem.audit;

import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.util.Collection;

/**
 * Records who read or changed a client's clinical data. The actor, request id and address are taken
 * from the current request and security context; callers say only whose data and what.
 */
public interface AuditTrail {

    /** Records a read of {@code client}'s clinical data, e.g. {@code what = "checkins"}. */
    void read(PracticeId practice, UserId client, String what);

    /**
     * Records a read of several clients' data at once (a caseload), one event per client as {@link #read} would,
     * inserted together in one batch.
     */
    default void readAll(PracticeId practice, Collection<UserId> clients, String what) {
        clients.forEach(client -> read(practice, client, what));
    }

    /** Records a change to {@code client}'s clinical data. */
    void write(PracticeId practice, UserId client, String what);
}
