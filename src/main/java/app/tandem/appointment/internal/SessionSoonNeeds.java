package app.tandem.appointment.internal;

import app.tandem.appointment.schedule.Session;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.NeedContributor;
import app.tandem.shared.workspace.NeedFact;
import app.tandem.shared.workspace.NeedKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link NeedKind#SESSION_SOON}: a scheduled session later today (severity 2, what the caseload's "session today"
 * filter looks for) or tomorrow (severity 1), dates in the practice's zone; one query for the whole caseload. Only
 * the client's first such session counts.
 */
@Component
class SessionSoonNeeds implements NeedContributor {

    private final TherapySessionRepository sessions;
    private final SessionWords words;

    SessionSoonNeeds(TherapySessionRepository sessions, SessionWords words) {
        this.sessions = sessions;
        this.words = words;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UserId, List<NeedFact>> factsFor(Collection<UserId> clients, Instant now) {
        Map<PracticeId, ZoneId> zones = words.zones();
        Map<UserId, List<NeedFact>> facts = new HashMap<>();
        for (Session s : sessions.scheduledBetween(clients, now, now.plus(Duration.ofHours(50)))) {
            ZoneId zone = words.zone(zones, s.practice());
            LocalDate today = now.atZone(zone).toLocalDate();
            LocalDate day = s.startsAt().atZone(zone).toLocalDate();
            if (facts.containsKey(s.client()) || day.isAfter(today.plusDays(1))) {
                continue;
            }
            boolean isToday = day.equals(today);
            String key = isToday ? "appointment.need.today" : "appointment.need.tomorrow";
            facts.put(
                    s.client(),
                    List.of(new NeedFact(
                            NeedKind.SESSION_SOON,
                            isToday ? 2 : 1,
                            words.message(key, words.time(s, zone)),
                            SessionWords.clientLink(s, "sessions"),
                            now)));
        }
        return facts;
    }
}
