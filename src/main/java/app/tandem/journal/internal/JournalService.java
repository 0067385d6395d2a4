package app.tandem.journal.internal;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's journal: written by the client, private until they share an entry, screened like
 * every word a client writes (a private entry's alert shows only the sentence that raised it).
 */
@Service
public class JournalService {

    static final String AUDIT = "journal";

    /** The most entries a journal page lists. */
    public static final int LIST_LIMIT = 200;

    private final JournalRepository repository;
    private final CareAccess care;
    private final AuditTrail audit;
    private final SafetyNet safetyNet;
    private final Clock clock;

    JournalService(JournalRepository repository, CareAccess care, AuditTrail audit, SafetyNet safetyNet, Clock clock) {
        this.repository = repository;
        this.care = care;
        this.audit = audit;
        this.safetyNet = safetyNet;
        this.clock = clock;
    }

    /** What saving an entry led to; {@code duplicate} when the same submit token was already saved. */
    public record Saved(UUID entryId, SafetyOutcome outcome, boolean duplicate) {}

    /** Saves a private entry once per token and screens it in the same transaction. */
    @Transactional
    public Saved write(CurrentUser client, String title, String body, UUID token) {
        Person person = requireOwnJournal(client);
        Optional<UUID> existing = repository.idForToken(person.id(), token);
        if (existing.isPresent()) {
            return new Saved(existing.get(), SafetyOutcome.NONE, true);
        }
        UUID id = UUID.randomUUID();
        String cleanTitle = title == null || title.isBlank() ? null : title.strip();
        repository.insert(
                id, person.practiceId(), person.id(), cleanTitle, body.strip(), false, clock.instant(), token);
        audit.write(person.practiceId(), person.id(), AUDIT);
        SafetyOutcome outcome = safetyNet.screenText(
                person.id(),
                person.practiceId(),
                new SignalSource("journal", id.toString(), "Journal entry", true),
                screenedText(cleanTitle, body));
        return new Saved(id, outcome, false);
    }

    /** The token's entry, after a concurrent double submit lost the race on the unique token. */
    @Transactional(readOnly = true)
    public Optional<UUID> entryForToken(CurrentUser client, UUID token) {
        return repository.idForToken(requireOwnJournal(client).id(), token);
    }

    @Transactional(readOnly = true)
    public List<JournalEntry> ownEntries(CurrentUser client) {
        Person person = requireOwnJournal(client);
        audit.read(person.practiceId(), person.id(), AUDIT);
        return repository.newestFirst(person.id(), false, LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public Optional<JournalEntry> ownEntry(CurrentUser client, UUID id) {
        Person person = requireOwnJournal(client);
        audit.read(person.practiceId(), person.id(), AUDIT);
        return repository.find(person.id(), id);
    }

    /** Shares one entry with the care team, or takes it back; false when there is no such entry. */
    @Transactional
    public boolean setShared(CurrentUser client, UUID id, boolean shared) {
        Person person = requireOwnJournal(client);
        boolean changed = repository.setShared(person.id(), id, shared, clock.instant());
        if (changed) {
            audit.write(person.practiceId(), person.id(), AUDIT);
        }
        return changed;
    }

    /** The entries the client shared, for someone on their care team. */
    @Transactional(readOnly = true)
    public List<JournalEntry> sharedEntries(CurrentUser viewer, UserId client, int limit) {
        Person person = care.requireClinicalAccess(viewer, client);
        audit.read(person.practiceId(), person.id(), AUDIT);
        return repository.newestFirst(person.id(), true, limit);
    }

    /** Seeds an entry as if written at {@code at}; demo history only (benign text, not screened). */
    @Transactional
    public UUID recordHistorical(
            PracticeId practice, UserId client, String title, String body, boolean shared, Instant at) {
        UUID id = UUID.randomUUID();
        repository.insert(id, practice, client, title, body, shared, at, UUID.randomUUID());
        audit.write(practice, client, AUDIT);
        return id;
    }

    private Person requireOwnJournal(CurrentUser client) {
        if (!client.isClient()) {
            throw new org.springframework.security.access.AccessDeniedException("Only a client writes their journal");
        }
        return care.requireClinicalAccess(client, client.id());
    }

    private static String screenedText(String title, String body) {
        return title == null ? body : title + "\n" + body;
    }
}
