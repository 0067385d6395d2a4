package app.tandem.identity;

import app.tandem.identity.account.AccountRepository;
import app.tandem.identity.password.CredentialRevocation;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An admin pauses an account of their practice (no sign-in, every session and token ends) or reactivates it. */
@Service
public class AccountPauses {

    private static final Logger log = LoggerFactory.getLogger(AccountPauses.class);

    private final AccountRepository accounts;
    private final CredentialRevocation revocation;

    AccountPauses(AccountRepository accounts, CredentialRevocation revocation) {
        this.accounts = accounts;
        this.revocation = revocation;
    }

    /** False when the account is not in the admin's practice, or is the admin's own. */
    @Transactional
    public boolean pause(CurrentUser admin, UserId account) {
        if (account.equals(admin.id()) || !accounts.setEnabled(admin.practiceId(), account, false)) {
            return false;
        }
        revocation.revokeAll(account, CredentialRevocation.Reason.ACCOUNT_PAUSED, null);
        log.info("User {} paused by admin {}", account, admin.id());
        return true;
    }

    @Transactional
    public boolean reactivate(CurrentUser admin, UserId account) {
        boolean done = accounts.setEnabled(admin.practiceId(), account, true);
        if (done) {
            log.info("User {} reactivated by admin {}", account, admin.id());
        }
        return done;
    }
}
