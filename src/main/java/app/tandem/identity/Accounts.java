package app.tandem.identity;

import app.tandem.identity.account.AccountRepository;
import app.tandem.identity.account.NewAccount;
import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens accounts directly, for provisioning and the demo; people normally join through invitations. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Accounts(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Hashes a password once, so many accounts can be opened with the same one cheaply. */
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Transactional
    public UserId open(
            PracticeId practice,
            String email,
            String displayName,
            Set<Role> roles,
            UserId therapist,
            String timeZone,
            String passwordHash) {
        UserId id = UserId.random();
        accounts.insert(
                new NewAccount(
                        id,
                        practice,
                        email.trim().toLowerCase(java.util.Locale.ROOT),
                        displayName,
                        passwordHash,
                        roles,
                        therapist,
                        timeZone),
                clock.instant());
        return id;
    }
}
