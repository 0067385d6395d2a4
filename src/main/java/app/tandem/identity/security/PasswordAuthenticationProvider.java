package app.tandem.identity.security;

import app.tandem.identity.account.Account;
import app.tandem.identity.account.AccountRepository;
import app.tandem.identity.account.LoginThrottle;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Checks email and password against the account, with growing pauses after failures. */
@Component
public class PasswordAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasswordAuthenticationProvider.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String unknownUserHash;

    PasswordAuthenticationProvider(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        // checked against when the email is unknown, so both paths cost one hash
        this.unknownUserHash = encoder.encode("unknown-user-placeholder");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = normalizeEmail(authentication.getName());
        String password = String.valueOf(authentication.getCredentials());
        Instant now = clock.instant();
        Optional<Account> found = accounts.findByEmail(email);
        if (found.isEmpty() || !found.get().canSignIn()) {
            encoder.matches(password, unknownUserHash);
            if (found.isPresent() && !found.get().person().enabled()) {
                throw new DisabledException("Account disabled");
            }
            throw new BadCredentialsException("Bad credentials");
        }
        Account account = found.get();
        if (account.isLockedAt(now)) {
            throw new AccountPausedException(account.lockedUntil());
        }
        if (!encoder.matches(password, account.passwordHash())) {
            Instant pausedUntil = LoginThrottle.pausedUntil(account.failedLogins() + 1, now);
            accounts.recordFailedLogin(account.person().id(), pausedUntil);
            log.info(
                    "Failed sign-in for user {} ({} in a row)", account.person().id(), account.failedLogins() + 1);
            if (pausedUntil != null) {
                throw new AccountPausedException(pausedUntil);
            }
            throw new BadCredentialsException("Bad credentials");
        }
        accounts.recordSuccessfulLogin(account.person().id(), now);
        return authenticated(account);
    }

    static Authentication authenticated(Account account) {
        return SignedInUsers.authentication(account.person());
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
