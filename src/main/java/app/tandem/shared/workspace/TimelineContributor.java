package app.tandem.shared.workspace;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;

/** A module's entries in a client's timeline, read a page at a time. */
public interface TimelineContributor {

    TimelineKind kind();

    /**
     * Up to {@code limit} of the client's entries strictly before {@code before}, newest first, in one indexed
     * query. The caller has checked access and audits the read.
     */
    List<TimelineEntry> before(UserId client, Instant before, int limit);
}
