package app.tandem.identity.password;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.identity.account.Account;
import app.tandem.identity.account.AccountRepository;
import app.tandem.identity.account.AttemptLimit;
import app.tandem.identity.account.AttemptLimiter;
import app.tandem.identity.account.SecretTokens;
import app.tandem.identity.security.PasswordAuthenticationProvider;
import app.tandem.notification.AccountEmail;
import app.tandem.notification.Notifier;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PublicAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forgotten passwords: a one-time link by email, valid for an hour; using it signs out every session and revokes every API token. */
@Service
public class PasswordResets {

    static final Duration VALID_FOR = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final Notifier notifier;
    private final PasswordEncoder encoder;
    private final CredentialRevocation revocation;
    private final AttemptLimiter limiter;
    private final Clock clock;
    private final String baseUrl;

    PasswordResets(
            JdbcClient jdbc,
            AccountRepository accounts,
            Notifier notifier,
            PasswordEncoder encoder,
            CredentialRevocation revocation,
            AttemptLimiter limiter,
            Clock clock,
            PublicAddress address) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.notifier = notifier;
        this.encoder = encoder;
        this.revocation = revocation;
        this.limiter = limiter;
        this.clock = clock;
        this.baseUrl = address.base();
    }

    /**
     * Sends a link if the email belongs to an account and has not had three this hour; says nothing
     * either way, so emails cannot be probed. False when this address asked too often (nothing sent).
     * A new link makes every earlier one useless.
     */
    @Transactional
    public boolean requestReset(String rawEmail, String address) {
        Instant now = clock.instant();
        String email = PasswordAuthenticationProvider.normalizeEmail(rawEmail);
        if (limiter.record(AttemptLimit.RESET_ADDRESS, address, now).isPresent()) {
            return false;
        }
        if (limiter.record(AttemptLimit.RESET_EMAIL, email, now).isPresent()) {
            return true;
        }
        Optional<Account> account =
                accounts.findByEmail(email).filter(a -> a.person().enabled());
        if (account.isEmpty()) {
            return true;
        }
        String token = SecretTokens.newToken("");
        UserId user = account.get().person().id();
        // only the newest link works: earlier unused ones count as used from now on
        jdbc.sql("UPDATE password_reset SET used_at = ? WHERE user_id = ? AND used_at IS NULL")
                .params(utc(now), user.value())
                .update();
        jdbc.sql("""
                INSERT INTO password_reset (id, user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), user.value(), SecretTokens.hash(token), utc(now), utc(now.plus(VALID_FOR)))
                .update();
        notifier.sendAccountEmail(
                new AccountEmail(account.get().person().email(), "Reset your Tandem password", """
                Hello %s,

                Someone (we hope you) asked to reset the password of your Tandem account.
                To choose a new password, open this link within an hour:
                %s/password/reset/%s

                If you did not ask for this, you can ignore this email; your password stays the same.
                """.formatted(
                                account.get().person().firstName(), baseUrl, token)));
        log.info("Password reset requested for user {}", user);
        return true;
    }

    /** Whether a reset link can still be used (for showing the form). */
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return find(token, false).isPresent();
    }

    /** Sets the new password and uses up the link; false when the link is unknown, used or expired. */
    @Transactional
    public boolean reset(String token, String newPassword) {
        Optional<ResetRow> row = find(token, true);
        if (row.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE password_reset SET used_at = ? WHERE id = ?")
                .params(utc(now), row.get().id())
                .update();
        accounts.updatePassword(row.get().userId(), encoder.encode(newPassword));
        revocation.revokeAll(row.get().userId(), CredentialRevocation.Reason.PASSWORD_RESET, null);
        log.info("Password reset completed for user {}", row.get().userId());
        return true;
    }

    /** The email of the account a usable link belongs to (to check the new password against it). */
    @Transactional(readOnly = true)
    public Optional<String> emailFor(String token) {
        return find(token, false)
                .flatMap(r -> accounts.find(r.userId()))
                .map(a -> a.person().email());
    }

    private Optional<ResetRow> find(String token, boolean lock) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT id, user_id, expires_at, used_at FROM password_reset WHERE token_hash = ?"
                        + (lock ? " FOR UPDATE" : ""))
                .param(SecretTokens.hash(token))
                .query((rs, n) -> new ResetRow(
                        rs.getObject("id", UUID.class),
                        new UserId(rs.getObject("user_id", UUID.class)),
                        instant(rs, "expires_at"),
                        instant(rs, "used_at")))
                .optional()
                .filter(r -> r.usedAt() == null && r.expiresAt().isAfter(now));
    }

    private record ResetRow(UUID id, UserId userId, Instant expiresAt, Instant usedAt) {}
}
