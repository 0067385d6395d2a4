package app.tandem.identity.mfa;

import app.tandem.shared.UserId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step sign-in with an authenticator app: enrolment (a secret confirmed by a code, then ten
 * recovery codes shown once), checking a code at sign-in (one step either side, never the same step
 * twice) or a recovery code (each once), and switching it off.
 */
@Service
public class SecondFactors {

    /** Steps accepted either side of now: covers a phone clock 30 seconds off and a slow typist. */
    static final int WINDOW = 1;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TotpRepository repository;
    private final Clock clock;

    SecondFactors(TotpRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** What the enrolment page shows: the secret as text and as the URI inside the QR code. */
    public record Enrolment(String secret, String uri) {}

    @Transactional(readOnly = true)
    public boolean isOn(UserId user) {
        return repository.isEnabled(user);
    }

    /** The pending (unconfirmed) enrolment, made now if there is none; empty when already on. */
    @Transactional
    public Optional<Enrolment> pendingEnrolment(UserId user, String email) {
        Optional<TotpRepository.Secret> existing = repository.find(user);
        if (existing.isPresent() && existing.get().enabled()) {
            return Optional.empty();
        }
        String secret = existing.map(TotpRepository.Secret::base32).orElseGet(() -> {
            byte[] key = new byte[20];
            RANDOM.nextBytes(key);
            String created = Base32.encode(key);
            repository.savePending(user, created, clock.instant());
            return created;
        });
        return Optional.of(new Enrolment(secret, uri(secret, email)));
    }

    /** Switches it on if {@code code} is valid for the pending secret; returns the recovery codes to show once. */
    @Transactional
    public Optional<List<String>> confirm(UserId user, String code) {
        Optional<TotpRepository.Secret> pending = repository.find(user).filter(s -> !s.enabled());
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(Base32.decode(pending.get().base32()), digits(code), now, WINDOW);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        repository.enable(user, step.getAsLong(), now);
        return Optional.of(newRecoveryCodes(user));
    }

    /** True when {@code code} is a current code not used before, or an unused recovery code (then used up). */
    @Transactional
    public boolean verify(UserId user, String code) {
        Optional<TotpRepository.Secret> secret = repository.find(user).filter(TotpRepository.Secret::enabled);
        if (secret.isEmpty() || code == null) {
            return false;
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(Base32.decode(secret.get().base32()), digits(code), now, WINDOW);
        if (step.isPresent()) {
            return repository.useStep(user, step.getAsLong());
        }
        if (!RecoveryCodes.looksLikeOne(code)) {
            return false;
        }
        return repository.unusedRecoveryCodes(user).stream()
                .filter(stored -> RecoveryCodes.matches(code, stored.hash()))
                .findFirst()
                .map(stored -> repository.useRecoveryCode(stored.id(), now))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(UserId user) {
        return repository.unusedRecoveryCodeCount(user);
    }

    /** New recovery codes to show once, when it is on; the old ones stop working. Empty when it is off. */
    @Transactional
    public Optional<List<String>> replaceRecoveryCodes(UserId user) {
        return isOn(user) ? Optional.of(newRecoveryCodes(user)) : Optional.empty();
    }

    /** Switches it off (the caller has checked the password and a code). */
    @Transactional
    public void turnOff(UserId user) {
        repository.delete(user);
    }

    private List<String> newRecoveryCodes(UserId user) {
        List<String> codes = RecoveryCodes.generate();
        repository.replaceRecoveryCodes(
                user, codes.stream().map(RecoveryCodes::hash).toList());
        return codes;
    }

    private static String digits(String code) {
        return code == null ? null : code.replaceAll("\\s", "");
    }

    static String uri(String secret, String email) {
        String label =
                URLEncoder.encode("Tandem:" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Tandem&algorithm=SHA1&digits=" + Totp.DIGITS
                + "&period=" + Totp.STEP_SECONDS;
    }
}
