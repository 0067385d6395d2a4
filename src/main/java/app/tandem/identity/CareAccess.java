package app.tandem.identity;

import app.tandem.identity.account.AccountRepository;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides whose clinical data a person may see: a client their own; a therapist their own clients
 * and clients they currently cover; an admin none unless they are also the client's therapist; and
 * never anyone across practices. Every clinical read or write asks here first.
 */
@Service
public class CareAccess {

    private final AccountRepository accounts;
    private final Clock clock;

    CareAccess(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean canSeeClinicalData(CurrentUser actor, UserId client) {
        if (actor.id().equals(client)) {
            return actor.isClient();
        }
        if (!actor.isTherapist()) {
            return false;
        }
        Optional<Person> found = accounts.find(client).map(a -> a.person());
        if (found.isEmpty()
                || !found.get().isClient()
                || !found.get().practiceId().equals(actor.practiceId())) {
            return false;
        }
        Instant now = clock.instant();
        return actor.id().equals(found.get().primaryTherapistId()) || accounts.coversNow(actor.id(), client, now);
    }

    /** Throws {@link AccessDeniedException} (a 403 page or problem) unless the actor may see the client's data. */
    public Person requireClinicalAccess(CurrentUser actor, UserId client) {
        if (!canSeeClinicalData(actor, client)) {
            throw new AccessDeniedException("No care relationship");
        }
        return accounts.find(client).orElseThrow().person();
    }

    /** Gives a therapist access to a client until {@code until}, e.g. while covering an escalated alert. */
    @Transactional
    public void grantCover(UserId client, UserId therapist, String reason, Instant until) {
        Person person = accounts.find(client).orElseThrow().person();
        accounts.addCareTeamMember(person.practiceId(), client, therapist, reason, clock.instant(), until);
    }
}
