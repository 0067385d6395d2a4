package app.tandem.identity.password;

import app.tandem.identity.account.AccountRepository;
import app.tandem.shared.UserId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person sets a new password: only the session that did it stays signed in. */
@Service
public class PasswordChanges {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final CredentialRevocation revocation;

    PasswordChanges(AccountRepository accounts, PasswordEncoder encoder, CredentialRevocation revocation) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.revocation = revocation;
    }

    /** Whether {@code password} is the user's current one. */
    @Transactional(readOnly = true)
    public boolean isCurrent(UserId user, String password) {
        return password != null
                && accounts.find(user)
                        .map(a -> encoder.matches(password, a.passwordHash()))
                        .orElse(false);
    }

    @Transactional
    public void change(UserId user, String newPassword, String keepSessionId) {
        accounts.updatePassword(user, encoder.encode(newPassword));
        revocation.revokeAll(user, CredentialRevocation.Reason.PASSWORD_CHANGED, keepSessionId);
    }
}
