package app.tandem.checkin;

import app.tandem.audit.AuditTrail;
import app.tandem.checkin.internal.CheckInRecorder;
import app.tandem.checkin.internal.CheckInRepository;
import app.tandem.checkin.internal.LocalDay;
import app.tandem.checkin.internal.StoredCheckIn;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may do with check-ins: read a client's (decrypted) and seed history. */
@Service
public class CheckIns {

    private final CheckInRepository repository;
    private final CheckInRecorder recorder;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    CheckIns(CheckInRepository repository, CheckInRecorder recorder, People people, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.recorder = recorder;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The client's check-ins on local days {@code from..to} (inclusive), oldest first, notes decrypted.
     * The caller must have checked access with {@code CareAccess.requireClinicalAccess} first; the
     * read is recorded in the audit trail as {@code checkins}.
     */
    @Transactional(readOnly = true)
    public List<CheckInView> between(UserId client, LocalDate from, LocalDate to) {
        Person person = people.get(client);
        audit.read(person.practiceId(), client, "checkins");
        return repository.between(client, from, to).stream()
                .map(StoredCheckIn::view)
                .toList();
    }

    /**
     * Seeds past check-ins for a client in one batch (demo data, imports). Days are worked out in the
     * client's zone; every note still passes the safety net. Returns how many were saved.
     */
    @Transactional
    public int recordHistorical(UserId client, List<HistoricalCheckIn> entries) {
        Person person = people.get(client);
        Instant now = clock.instant();
        List<CheckInRepository.NewRow> rows = new ArrayList<>(entries.size());
        for (HistoricalCheckIn e : entries) {
            Instant at = e.recordedAt().truncatedTo(ChronoUnit.MILLIS);
            CheckInView view = new CheckInView(
                    UUID.randomUUID(),
                    at,
                    LocalDay.of(at, person.zone()),
                    person.timeZone(),
                    e.mood(),
                    e.anxiety(),
                    e.sleepHours(),
                    e.sleepQuality(),
                    e.energy(),
                    e.emotions(),
                    e.tags(),
                    e.note() == null || e.note().isBlank() ? null : e.note().strip());
            RiskLevel level = recorder.screen(person, view).level();
            StoredCheckIn stored = new StoredCheckIn(person.practiceId(), client, view, level);
            rows.add(new CheckInRepository.NewRow(stored, "seed:" + view.id(), now));
        }
        repository.insertAll(rows);
        audit.write(person.practiceId(), client, "checkins");
        return rows.size();
    }
}
