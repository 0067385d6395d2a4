package app.tandem.identity.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Ten one-use codes for when the phone is lost: 50 random bits each, shown once, stored as
 * {@code salt:sha256(salt + code)} (the codes are random, so a slow hash adds nothing but sign-in time).
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    static List<String> generate() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                if (c == 5) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    static String hash(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        return saltHex + ":" + digest(saltHex, normalize(code));
    }

    static boolean matches(String code, String stored) {
        int colon = stored.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String salt = stored.substring(0, colon);
        return MessageDigest.isEqual(
                digest(salt, normalize(code)).getBytes(StandardCharsets.US_ASCII),
                stored.substring(colon + 1).getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether {@code text} has the shape of a recovery code (typed with or without the dash). */
    static boolean looksLikeOne(String text) {
        return text != null && normalize(text).matches("[a-z0-9]{10}");
    }

    static String normalize(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String digest(String salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
