package app.tandem.caseload.timeline;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.TimelineContributor;
import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.shared.workspace.TimelineKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a page of a client's timeline by merging the contributors' pages: each selected kind gives its newest entries
 * before the cursor (one indexed query each), the merge keeps the timeline's order and the page is the first
 * {@code limit} of them. Only the client's therapist may read it; each page read is audited once.
 */
@Service
class TimelineReader {

    static final int PAGE = 50;
    static final int MAX_PAGE = 200;
    /** Entries at the cursor's own instant are read again and dropped; this many ties per kind are allowed for. */
    static final int TIES = 20;

    private final CareAccess care;
    private final AuditTrail audit;
    private final List<TimelineContributor> contributors;
    private final Clock clock;

    TimelineReader(CareAccess care, AuditTrail audit, List<TimelineContributor> contributors, Clock clock) {
        this.care = care;
        this.audit = audit;
        this.contributors = List.copyOf(contributors);
        this.clock = clock;
    }

    /** The kinds some module contributes, in their order (the filter's choices). */
    List<TimelineKind> available() {
        return contributors.stream()
                .map(TimelineContributor::kind)
                .distinct()
                .sorted()
                .toList();
    }

    @Transactional(readOnly = true)
    public TimelinePage page(
            CurrentUser reader, UserId clientId, Set<TimelineKind> kinds, Optional<TimelineCursor> cursor, int limit) {
        if (!reader.isTherapist()) {
            throw new AccessDeniedException("Only a client's therapist reads their timeline");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw InvalidTimelineRequestException.limit();
        }
        Person client = care.requireClinicalAccess(reader, clientId);
        audit.read(client.practiceId(), clientId, "timeline");
        Instant boundary = cursor.map(c -> c.at().plus(1, ChronoUnit.MICROS))
                .orElse(clock.instant().plus(Duration.ofDays(1)));
        List<TimelineEntry> merged = new ArrayList<>();
        for (TimelineContributor contributor : contributors) {
            if (!kinds.contains(contributor.kind())) {
                continue;
            }
            contributor.before(clientId, boundary, limit + 1 + (cursor.isPresent() ? TIES : 0)).stream()
                    .filter(e -> cursor.map(c -> c.isBefore(e)).orElse(true))
                    .forEach(merged::add);
        }
        merged.sort(TimelineCursor.ORDER);
        boolean more = merged.size() > limit;
        List<TimelineEntry> entries = more ? merged.subList(0, limit) : merged;
        TimelineCursor next = more ? TimelineCursor.after(entries.get(entries.size() - 1)) : null;
        return new TimelinePage(client, kinds, entries, next);
    }
}
