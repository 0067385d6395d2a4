package app.tandem.checkin.internal;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of check-ins for a signed-in viewer: access checked through {@link CareAccess}, every read audited. */
@Service
public class CheckInQueries {

    private final CheckInRepository repository;
    private final CareAccess care;
    private final AuditTrail audit;

    CheckInQueries(CheckInRepository repository, CareAccess care, AuditTrail audit) {
        this.repository = repository;
        this.care = care;
        this.audit = audit;
    }

    /** One check-in the viewer may see, or {@link CheckInNotFoundException} (also when it is someone else's). */
    @Transactional(readOnly = true)
    public StoredCheckIn get(CurrentUser viewer, UUID id) {
        StoredCheckIn found = repository.find(id).orElseThrow(() -> new CheckInNotFoundException(id));
        if (!care.canSeeClinicalData(viewer, found.client())) {
            throw new CheckInNotFoundException(id);
        }
        audit.read(found.practice(), found.client(), "checkins");
        return found;
    }

    @Transactional(readOnly = true)
    public List<StoredCheckIn> between(CurrentUser viewer, UserId client, LocalDate from, LocalDate to) {
        Person person = care.requireClinicalAccess(viewer, client);
        audit.read(person.practiceId(), client, "checkins");
        return repository.between(client, from, to);
    }

    /** The numbers only, for charts and insights. */
    @Transactional(readOnly = true)
    public List<DayPoint> points(CurrentUser viewer, UserId client, LocalDate from, LocalDate to) {
        Person person = care.requireClinicalAccess(viewer, client);
        audit.read(person.practiceId(), client, "checkin-trends");
        return repository.points(client, from, to);
    }

    /** When the client last checked in, if ever (the time only, no content: not audited). */
    @Transactional(readOnly = true)
    public Optional<Instant> latest(CurrentUser viewer, UserId client) {
        care.requireClinicalAccess(viewer, client);
        return repository.latestRecordedAt(client);
    }
}
