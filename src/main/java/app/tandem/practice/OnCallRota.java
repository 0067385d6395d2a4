package app.tandem.practice;

import app.tandem.practice.internal.PracticeRepository;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who covers a practice at a given moment: therapists on call now, else the standing backups in order. */
@Service
public class OnCallRota {

    private final PracticeRepository repository;

    OnCallRota(PracticeRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<UserId> coveringAt(PracticeId practice, Instant at) {
        List<RotaEntry> entries = repository.rota(practice);
        List<UserId> onCall = entries.stream()
                .filter(e -> e.covers(at))
                .map(RotaEntry::therapist)
                .toList();
        if (!onCall.isEmpty()) {
            return onCall;
        }
        return entries.stream()
                .filter(RotaEntry::isStandingBackup)
                .map(RotaEntry::therapist)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<RotaEntry> entries(PracticeId practice) {
        return repository.rota(practice);
    }

    @Transactional
    public void addEntry(PracticeId practice, UserId therapist, Instant startsAt, Instant endsAt) {
        repository.addRotaEntry(practice, therapist, startsAt, endsAt);
    }

    @Transactional
    public void removeEntry(PracticeId practice, java.util.UUID entryId) {
        repository.removeRotaEntry(practice, entryId);
    }
}
