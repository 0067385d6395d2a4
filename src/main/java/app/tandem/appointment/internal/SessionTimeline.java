package app.tandem.appointment.internal;

import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.TimelineContributor;
import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.shared.workspace.TimelineKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The client's sessions in their timeline, newest first, one indexed query a page. */
@Component
class SessionTimeline implements TimelineContributor {

    private final TherapySessionRepository sessions;
    private final SessionWords words;

    SessionTimeline(TherapySessionRepository sessions, SessionWords words) {
        this.sessions = sessions;
        this.words = words;
    }

    @Override
    public TimelineKind kind() {
        return TimelineKind.SESSION;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> before(UserId client, Instant before, int limit) {
        Map<PracticeId, ZoneId> zones = words.zones();
        return sessions.before(client, before, limit).stream()
                .map(s -> new TimelineEntry(
                        TimelineKind.SESSION,
                        s.id().toString(),
                        s.startsAt(),
                        words.summary(s, words.zone(zones, s.practice())),
                        SessionWords.clientLink(s, "sessions")))
                .toList();
    }
}
