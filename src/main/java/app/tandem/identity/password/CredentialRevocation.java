package app.tandem.identity.password;

import app.tandem.identity.account.AccountRepository;
import app.tandem.identity.token.ApiTokens;
import app.tandem.notification.AccountEmail;
import app.tandem.notification.Notifier;
import app.tandem.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a password changes or an account is paused, whoever held the old credentials loses them: every
 * API token is revoked, every other browser session ends, and the owner is told by email.
 */
@Service
public class CredentialRevocation {

    private static final Logger log = LoggerFactory.getLogger(CredentialRevocation.class);

    private final ApiTokens tokens;
    private final SessionTerminator sessions;
    private final AccountRepository accounts;
    private final Notifier notifier;

    CredentialRevocation(ApiTokens tokens, SessionTerminator sessions, AccountRepository accounts, Notifier notifier) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.accounts = accounts;
        this.notifier = notifier;
    }

    /** Revokes everything but the session making the change ({@code keepSessionId}, may be null). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeAll(UserId user, Reason reason, String keepSessionId) {
        int revoked = tokens.revokeAll(user);
        sessions.signOutEverywhereExcept(user, keepSessionId);
        accounts.find(user)
                .ifPresent(account -> notifier.sendAccountEmail(new AccountEmail(
                        account.person().email(),
                        reason.subject,
                        reason.body.formatted(account.person().firstName()))));
        log.info("Credentials of user {} revoked after {} ({} API tokens)", user, reason, revoked);
    }

    /** Why credentials were revoked, with the email that tells the owner (no secrets, no clinical content). */
    public enum Reason {
        PASSWORD_CHANGED("Your Tandem password was changed", """
                Hello %s,

                The password of your Tandem account was just changed. For your safety we signed you out on
                every other device and revoked every app token; sign in again there with the new password.

                If you did not do this, reset your password at once ("Forgot your password?") and tell
                your practice.
                """),
        PASSWORD_RESET("Your Tandem password was reset", """
                Hello %s,

                The password of your Tandem account was just reset with a link sent to this address. We
                signed you out everywhere and revoked every app token; sign in again with the new password.

                If you did not do this, reset your password again at once and tell your practice.
                """),
        ACCOUNT_PAUSED("Your Tandem account was paused", """
                Hello %s,

                Your practice paused your Tandem account. You are signed out everywhere and app tokens no
                longer work. If you think this is a mistake, contact your practice.
                """);

        private final String subject;
        private final String body;

        Reason(String subject, String body) {
            this.subject = subject;
            this.body = body;
        }
    }
}
