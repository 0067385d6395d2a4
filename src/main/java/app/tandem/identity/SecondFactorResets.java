package app.tandem.identity;

import app.tandem.identity.account.AccountRepository;
import app.tandem.identity.mfa.SecondFactors;
import app.tandem.identity.passkey.Passkeys;
import app.tandem.notification.AccountEmail;
import app.tandem.notification.Notifier;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin resets a person's second factors (lost phone and recovery codes): the authenticator app, its
 * recovery codes and every passkey are removed, and the person is told by email. Where the practice
 * requires two-step sign-in, they set it up again at their next sign-in. The caller audits it.
 */
@Service
public class SecondFactorResets {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorResets.class);

    private final AccountRepository accounts;
    private final SecondFactors factors;
    private final Passkeys passkeys;
    private final Notifier notifier;

    SecondFactorResets(AccountRepository accounts, SecondFactors factors, Passkeys passkeys, Notifier notifier) {
        this.accounts = accounts;
        this.factors = factors;
        this.passkeys = passkeys;
        this.notifier = notifier;
    }

    /** False when the account is not in the admin's practice, or is the admin's own. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reset(CurrentUser admin, UserId account) {
        Person person = accounts.find(account)
                .map(a -> a.person())
                .filter(p -> p.practiceId().equals(admin.practiceId()))
                .orElse(null);
        if (person == null || account.equals(admin.id())) {
            return false;
        }
        factors.turnOff(account);
        int removed = passkeys.removeAll(account);
        notifier.sendAccountEmail(new AccountEmail(
                person.email(), "Your Tandem two-step sign-in was reset", """
                Hello %s,

                Your practice reset your two-step sign-in: the authenticator app, its recovery codes and
                your passkeys no longer work for your account. Sign in with your password; if your
                practice requires two-step sign-in you will be asked to set it up again.

                If you did not ask for this, change your password and contact your practice.
                """.formatted(person.firstName())));
        log.info("Second factors of user {} reset by admin {} ({} passkeys removed)", account, admin.id(), removed);
        return true;
    }
}
