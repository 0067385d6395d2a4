package app.tandem.identity.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What makes a password acceptable, with the message key that explains a refusal. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final Set<String> TOO_COMMON = Set.of(
            "password123",
            "1234567890",
            "qwertyuiop",
            "password1234",
            "iloveyou12",
            "letmein123",
            "tandem-demo",
            "0123456789",
            "abcdefghij",
            "passw0rd12");

    private PasswordRules() {}

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (TOO_COMMON.contains(lower) || (email != null && lower.equals(email.toLowerCase(Locale.ROOT)))) {
            return Optional.of("password.tooCommon");
        }
        return Optional.empty();
    }
}
