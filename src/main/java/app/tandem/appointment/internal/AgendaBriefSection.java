package app.tandem.appointment.internal;

import app.tandem.appointment.SessionStatus;
import app.tandem.appointment.schedule.AgendaItem;
import app.tandem.appointment.schedule.Session;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.BriefContributor;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brief's first section (order 10): the client's agenda for their next session, each item as they wrote it, then
 * what happened to the sessions since the last one (attended, cancelled, no-show).
 */
@Component
class AgendaBriefSection implements BriefContributor {

    static final int ORDER = 10;

    private final TherapySessionRepository sessions;
    private final AgendaRepository agenda;
    private final SessionWords words;

    AgendaBriefSection(TherapySessionRepository sessions, AgendaRepository agenda, SessionWords words) {
        this.sessions = sessions;
        this.agenda = agenda;
        this.words = words;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BriefSection> sectionFor(UserId client, Instant since, Instant until) {
        List<BriefLine> lines = new ArrayList<>();
        Map<PracticeId, ZoneId> zones = words.zones();
        Optional<Session> next = sessions.nextScheduled(client, until);
        next.ifPresent(n -> {
            for (AgendaItem item : agenda.ofSession(n.id())) {
                lines.add(new BriefLine(
                        words.message("appointment.brief.item", item.text()),
                        SessionWords.clientLink(n, "agenda"),
                        item.createdAt()));
            }
        });
        for (Session s : sessions.ofClientBetween(client, since, until)) {
            if (s.status() != SessionStatus.SCHEDULED) {
                lines.add(new BriefLine(
                        words.summary(s, words.zone(zones, s.practice())),
                        SessionWords.clientLink(s, "sessions"),
                        s.startsAt()));
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        if (next.isPresent() && agenda.ofSession(next.get().id()).isEmpty()) {
            lines.add(
                    0,
                    new BriefLine(
                            words.message("appointment.brief.noItems"),
                            SessionWords.clientLink(next.get(), "agenda"),
                            null));
        }
        return Optional.of(new BriefSection(ORDER, words.message("appointment.brief.heading"), lines, List.of()));
    }
}
