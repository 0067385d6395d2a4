package app.tandem.appointment.internal;

import app.tandem.appointment.schedule.AgendaItem;
import app.tandem.appointment.schedule.Session;
import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The client's agenda for their next session: items added once per submission key (checked, screened by the
 * {@link SafetyNet} in the same transaction, encrypted), reordered and removed while the session has not started.
 * Once it starts the items stay with it, unchanged.
 */
@Service
public class AgendaService {

    public static final String SIGNAL = "agenda-item";
    static final String AUDIT = "agenda";
    private static final Logger log = LoggerFactory.getLogger(AgendaService.class);

    private final TherapySessionRepository sessions;
    private final AgendaRepository items;
    private final CareAccess care;
    private final AuditTrail audit;
    private final SafetyNet safety;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AgendaService(
            TherapySessionRepository sessions,
            AgendaRepository items,
            CareAccess care,
            AuditTrail audit,
            SafetyNet safety,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.sessions = sessions;
        this.items = items;
        this.care = care;
        this.audit = audit;
        this.safety = safety;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The agenda of the client's next session (empty when none is scheduled). */
    public record Agenda(Optional<Session> session, List<AgendaItem> items) {}

    /** What an add led to, and whether it repeated an earlier submit. */
    public record Added(AgendaItem item, SafetyOutcome safety, boolean repeated) {}

    /** The agenda of the client's next session, for the client or their therapist. */
    public Agenda nextFor(CurrentUser viewer, UserId client) {
        return transaction.execute(s -> {
            Person person = care.requireClinicalAccess(viewer, client);
            audit.read(person.practiceId(), client, AUDIT);
            Optional<Session> next = sessions.nextScheduled(client, clock.instant());
            return new Agenda(next, next.map(n -> items.ofSession(n.id())).orElse(List.of()));
        });
    }

    /**
     * Adds an item to the next session's agenda once per {@code submissionKey}.
     *
     * @throws AgendaKeyReusedException when the key already added a different item
     */
    public Added add(CurrentUser client, String text, String submissionKey) {
        requireClient(client);
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.isEmpty()) {
            throw InvalidSessionException.of("text", "appointment.agenda.error.empty");
        }
        if (cleaned.length() > AgendaItem.MAX_LENGTH) {
            throw InvalidSessionException.of("text", "appointment.agenda.error.long");
        }
        if (submissionKey == null
                || submissionKey.isBlank()
                || submissionKey.length() > 120
                || submissionKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw InvalidSessionException.of("key", "appointment.agenda.error.key");
        }
        String hash = hash(cleaned);
        try {
            return transaction.execute(s -> insert(client, cleaned, submissionKey, hash));
        } catch (DuplicateKeyException repeat) {
            Map.Entry<AgendaItem, String> first = transaction
                    .execute(s -> items.findBySubmission(client.id(), submissionKey))
                    .orElseThrow(() -> repeat);
            if (!first.getValue().equals(hash)) {
                throw AgendaKeyReusedException.forItem(first.getKey().id());
            }
            return new Added(first.getKey(), SafetyOutcome.NONE, true);
        }
    }

    private Added insert(CurrentUser client, String text, String key, String hash) {
        Person person = care.requireClinicalAccess(client, client.id());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Session next = sessions.nextScheduled(client.id(), now)
                .orElseThrow(() -> InvalidSessionException.conflicting("text", "appointment.agenda.error.noSession"));
        if (items.ofSession(next.id()).size() >= AgendaItem.MAX_ITEMS) {
            throw InvalidSessionException.conflicting("text", "appointment.agenda.error.full");
        }
        AgendaItem item =
                new AgendaItem(UUID.randomUUID(), next.id(), items.nextPosition(next.id()), text, RiskLevel.NONE, now);
        items.insert(person.practiceId(), client.id(), item, key, hash);
        SafetyOutcome screened = safety.screenText(
                client.id(),
                person.practiceId(),
                new SignalSource(SIGNAL, item.id().toString(), "Agenda item", false),
                text);
        if (screened.level() != RiskLevel.NONE) {
            items.updateSafetyLevel(item.id(), screened.level());
        }
        audit.write(person.practiceId(), client.id(), AUDIT);
        log.info("Agenda item {} added to session {}", item.id(), next.id());
        return new Added(item, screened, false);
    }

    /** Moves an item one place up or down the list (nothing happens at either end). */
    public void move(CurrentUser client, UUID itemId, boolean up) {
        transaction.executeWithoutResult(s -> {
            AgendaItem item = open(client, itemId);
            List<AgendaItem> list = items.ofSession(item.sessionId());
            int at = indexOf(list, itemId);
            int other = up ? at - 1 : at + 1;
            if (other < 0 || other >= list.size()) {
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                int place = i == at ? other : i == other ? at : i;
                items.setPosition(list.get(i).id(), place + 1);
            }
            audit.write(client.practiceId(), client.id(), AUDIT);
        });
    }

    public void remove(CurrentUser client, UUID itemId) {
        transaction.executeWithoutResult(s -> {
            AgendaItem item = open(client, itemId);
            items.remove(item.id(), clock.instant());
            audit.write(client.practiceId(), client.id(), AUDIT);
            log.info("Agenda item {} removed", itemId);
        });
    }

    /** An item of this client whose session has not started yet. */
    private AgendaItem open(CurrentUser client, UUID itemId) {
        requireClient(client);
        Map.Entry<UserId, AgendaItem> found = items.findActive(itemId)
                .filter(e -> e.getKey().equals(client.id()))
                .orElseThrow(() -> SessionNotFoundException.agendaItem(itemId));
        Session session = sessions.find(found.getValue().sessionId()).orElseThrow();
        if (!session.agendaOpen(clock.instant())) {
            throw InvalidSessionException.conflicting("item", "appointment.agenda.error.frozen");
        }
        return found.getValue();
    }

    private static int indexOf(List<AgendaItem> list, UUID id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("item not in its session's list");
    }

    private static void requireClient(CurrentUser user) {
        if (!user.isClient()) {
            throw new AccessDeniedException("Only the client writes their agenda");
        }
    }

    static String hash(String canonical) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
