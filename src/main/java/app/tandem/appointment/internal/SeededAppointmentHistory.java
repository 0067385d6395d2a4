package app.tandem.appointment.internal;

import app.tandem.appointment.AppointmentHistory;
import app.tandem.appointment.Modality;
import app.tandem.appointment.SessionStatus;
import app.tandem.appointment.schedule.AgendaItem;
import app.tandem.appointment.schedule.Session;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes demo sessions and agenda items straight to the tables (no access check, no screening: demo only). */
@Component
class SeededAppointmentHistory implements AppointmentHistory {

    private final TherapySessionRepository sessions;
    private final AgendaRepository agenda;
    private final Clock clock;

    SeededAppointmentHistory(TherapySessionRepository sessions, AgendaRepository agenda, Clock clock) {
        this.sessions = sessions;
        this.agenda = agenda;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UUID session(
            PracticeId practice,
            UserId client,
            UserId therapist,
            Instant start,
            int minutes,
            Modality modality,
            SessionStatus status) {
        Session s = new Session(UUID.randomUUID(), practice, client, therapist, null, start, minutes, modality, status);
        sessions.insert(s, clock.instant());
        return s.id();
    }

    @Override
    @Transactional
    public void agenda(PracticeId practice, UserId client, UUID session, List<String> items) {
        int position = agenda.nextPosition(session);
        for (String text : items) {
            UUID id = UUID.randomUUID();
            agenda.insert(
                    practice,
                    client,
                    new AgendaItem(id, session, position++, text, RiskLevel.NONE, clock.instant()),
                    "demo:" + id,
                    AgendaService.hash(text));
        }
    }
}
