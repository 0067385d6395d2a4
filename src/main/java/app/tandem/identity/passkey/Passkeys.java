package app.tandem.identity.passkey;

import app.tandem.identity.account.AccountRepository;
import app.tandem.notification.AccountEmail;
import app.tandem.notification.Notifier;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's passkeys: which they have, naming a new one, removing one. Adding or removing a passkey is
 * logged (ids only) and the owner is told by email, as with every other change to how one signs in.
 * The WebAuthn ceremonies themselves run in Spring Security ({@link PasskeyRelyingParty}).
 */
@Service
public class Passkeys {

    /** The longest name a person may give a passkey. */
    public static final int LABEL_MAX = 60;

    private static final Logger log = LoggerFactory.getLogger(Passkeys.class);

    private final PasskeyRepository repository;
    private final AccountRepository accounts;
    private final Notifier notifier;

    Passkeys(PasskeyRepository repository, AccountRepository accounts, Notifier notifier) {
        this.repository = repository;
        this.accounts = accounts;
        this.notifier = notifier;
    }

    /**
     * One passkey as the settings page lists it; {@code id} is the credential id (base64url), {@code lastUsedAt}
     * null until it signed in once.
     */
    public record Passkey(String id, String label, Instant createdAt, Instant lastUsedAt) {}

    @Transactional(readOnly = true)
    public List<Passkey> of(UserId user) {
        return repository.of(user);
    }

    @Transactional(readOnly = true)
    public boolean hasAny(UserId user) {
        return repository.count(user) > 0;
    }

    /** Removes one of the person's own passkeys; false when they have none with that id. */
    @Transactional
    public boolean remove(UserId user, String credentialId) {
        if (credentialId == null || credentialId.length() > 1000 || !repository.delete(user, credentialId)) {
            return false;
        }
        log.info("Passkey removed by user {}", user);
        tell(user, Change.REMOVED);
        return true;
    }

    /** Removes every passkey of the person (an admin's reset; the caller tells them); how many there were. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int removeAll(UserId user) {
        return repository.deleteAll(user);
    }

    /** The name a person typed, trimmed; empty when blank or too long. */
    static Optional<String> label(String typed) {
        String label = typed == null ? "" : typed.strip();
        return label.isEmpty() || label.length() > LABEL_MAX ? Optional.empty() : Optional.of(label);
    }

    /** Called in the transaction that stored a new passkey. */
    @Transactional(propagation = Propagation.MANDATORY)
    void added(UserId user) {
        log.info("Passkey added by user {}", user);
        tell(user, Change.ADDED);
    }

    private void tell(UserId user, Change change) {
        accounts.find(user)
                .ifPresent(account -> notifier.sendAccountEmail(new AccountEmail(
                        account.person().email(),
                        change.subject,
                        change.body.formatted(account.person().firstName()))));
    }

    /** The email to the owner: no secrets, no clinical content. */
    private enum Change {
        ADDED("A passkey was added to your Tandem account", """
                Hello %s,

                A passkey was just added to your Tandem account. It can now be used to sign in.

                If you did not do this, sign in, remove it under Settings, change your password and tell
                your practice.
                """),
        REMOVED("A passkey was removed from your Tandem account", """
                Hello %s,

                A passkey was just removed from your Tandem account. It can no longer be used to sign in.

                If you did not do this, change your password at once and tell your practice.
                """);

        private final String subject;
        private final String body;

        Change(String subject, String body) {
            this.subject = subject;
            this.body = body;
        }
    }
}
