package app.tandem.identity.security;

import app.tandem.identity.account.Account;
import app.tandem.identity.account.AccountRepository;
import app.tandem.identity.account.AttemptLimit;
import app.tandem.identity.account.AttemptLimiter;
import app.tandem.identity.mfa.SecondFactors;
import app.tandem.identity.passkey.Passkeys;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks email and password. Failures slow down the guesser, not the owner: pauses grow per email and
 * address pair, per address and (a high ceiling) per email, counted in the database for every node.
 * Known and unknown emails get the same answers, and nothing locks an account. For a person with
 * two-step sign-in on, a right password ends in {@link SecondFactorRequiredException}, never in an
 * authentication; for staff whose practice requires a second step and whose only one is a passkey, in
 * {@link PasskeyRequiredException}.
 */
@Component
public class PasswordAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasswordAuthenticationProvider.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AttemptLimiter limiter;
    private final SecondFactors secondFactors;
    private final Passkeys passkeys;
    private final SecondFactorCheck secondStep;
    private final Clock clock;
    private final String unknownUserHash;

    PasswordAuthenticationProvider(
            AccountRepository accounts,
            PasswordEncoder encoder,
            AttemptLimiter limiter,
            SecondFactors secondFactors,
            Passkeys passkeys,
            SecondFactorCheck secondStep,
            Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.limiter = limiter;
        this.secondFactors = secondFactors;
        this.passkeys = passkeys;
        this.secondStep = secondStep;
        this.clock = clock;
        // checked against when the email is unknown, so both paths cost one hash
        this.unknownUserHash = encoder.encode("unknown-user-placeholder");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = normalizeEmail(authentication.getName());
        String password = String.valueOf(authentication.getCredentials());
        String address = addressOf(authentication);
        Instant now = clock.instant();
        List<Check> checks = List.of(
                new Check(AttemptLimit.SIGN_IN_PAIR, email + "|" + address),
                new Check(AttemptLimit.SIGN_IN_ADDRESS, address),
                new Check(AttemptLimit.SIGN_IN_ACCOUNT, email));
        Optional<Instant> paused = checks.stream()
                .flatMap(c -> limiter.pausedUntil(c.limit(), c.key(), now).stream())
                .max(Instant::compareTo);
        if (paused.isPresent()) {
            throw new AccountPausedException(paused.get());
        }
        Optional<Account> found = accounts.findByEmail(email);
        String hash = found.map(Account::passwordHash).orElse(null);
        boolean matches = encoder.matches(password, hash != null ? hash : unknownUserHash) && hash != null;
        if (!matches) {
            Optional<Instant> pausedNow = checks.stream()
                    .flatMap(c -> limiter.record(c.limit(), c.key(), now).stream())
                    .max(Instant::compareTo);
            found.ifPresent(
                    a -> log.info("Failed sign-in for user {}", a.person().id()));
            if (pausedNow.isPresent()) {
                throw new AccountPausedException(pausedNow.get());
            }
            throw new BadCredentialsException("Bad credentials");
        }
        Account account = found.get();
        if (!account.person().enabled()) {
            // only said to someone who knows the password
            throw new DisabledException("Account disabled");
        }
        if (secondFactors.isOn(account.person().id())) {
            // no authentication yet, and the pair's failures stay counted until the code is right
            throw new SecondFactorRequiredException(account.person().id(), email, address);
        }
        if (secondStep.secondStepRequired(SignedInUsers.of(account.person()))
                && passkeys.hasAny(account.person().id())) {
            // their second factor is a passkey, which signs in on its own: a password alone is not enough
            throw new PasskeyRequiredException();
        }
        limiter.clear(AttemptLimit.SIGN_IN_PAIR, email + "|" + address);
        accounts.recordSuccessfulLogin(account.person().id(), now);
        return authenticated(account);
    }

    private static String addressOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return "unknown";
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

    private record Check(AttemptLimit limit, String key) {}
}
