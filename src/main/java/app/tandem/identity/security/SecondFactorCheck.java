package app.tandem.identity.security;

import app.tandem.identity.account.Account;
import app.tandem.identity.account.AccountRepository;
import app.tandem.identity.account.AttemptLimit;
import app.tandem.identity.account.AttemptLimiter;
import app.tandem.identity.mfa.SecondFactors;
import app.tandem.identity.passkey.Passkeys;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The second step of sign-in, for the web form and the token API alike: a wrong code counts toward the
 * same limits as a wrong password; only a right code grants the authentication.
 */
@Component
public class SecondFactorCheck {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorCheck.class);

    private final SecondFactors factors;
    private final Passkeys passkeys;
    private final AttemptLimiter limiter;
    private final AccountRepository accounts;
    private final Practices practices;
    private final Clock clock;

    SecondFactorCheck(
            SecondFactors factors,
            Passkeys passkeys,
            AttemptLimiter limiter,
            AccountRepository accounts,
            Practices practices,
            Clock clock) {
        this.factors = factors;
        this.passkeys = passkeys;
        this.limiter = limiter;
        this.accounts = accounts;
        this.practices = practices;
        this.clock = clock;
    }

    /** A therapist or admin of a practice that requires two-step sign-in, who has not set it up yet. */
    public boolean mustEnrolFirst(CurrentUser user) {
        return secondStepRequired(user) && !enrolled(user.id());
    }

    /** A therapist or admin of a practice that requires two-step sign-in. */
    public boolean secondStepRequired(CurrentUser user) {
        return (user.isTherapist() || user.isAdmin()) && practices.mfaRequired(user.practiceId());
    }

    /** Has a second factor: the authenticator app, or a passkey (possession and user verification in one). */
    public boolean enrolled(UserId user) {
        return factors.isOn(user) || passkeys.hasAny(user);
    }

    /** The outcome: {@code signedIn} when the code was right, else {@code pausedUntil} if sign-in is now paused. */
    public record Outcome(Optional<Authentication> signedIn, Optional<Instant> pausedUntil) {}

    public Outcome check(UserId user, String email, String address, String code) {
        Instant now = clock.instant();
        List<Check> checks = checks(email, address);
        Optional<Instant> paused = checks.stream()
                .flatMap(c -> limiter.pausedUntil(c.limit(), c.key(), now).stream())
                .max(Instant::compareTo);
        if (paused.isPresent()) {
            return new Outcome(Optional.empty(), paused);
        }
        Optional<Account> account = accounts.find(user).filter(a -> a.person().enabled());
        if (account.isPresent() && factors.verify(user, code)) {
            limiter.clear(AttemptLimit.SIGN_IN_PAIR, email + "|" + address);
            accounts.recordSuccessfulLogin(user, now);
            return new Outcome(
                    Optional.of(SignedInUsers.authentication(account.get().person())), Optional.empty());
        }
        log.info("Failed second sign-in step for user {}", user);
        Optional<Instant> pausedNow = checks.stream()
                .flatMap(c -> limiter.record(c.limit(), c.key(), now).stream())
                .max(Instant::compareTo);
        return new Outcome(Optional.empty(), pausedNow);
    }

    private static List<Check> checks(String email, String address) {
        return List.of(
                new Check(AttemptLimit.SIGN_IN_PAIR, email + "|" + address),
                new Check(AttemptLimit.SIGN_IN_ADDRESS, address),
                new Check(AttemptLimit.SIGN_IN_ACCOUNT, email));
    }

    private record Check(AttemptLimit limit, String key) {}
}
