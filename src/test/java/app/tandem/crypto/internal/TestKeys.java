package app.tandem.crypto.internal;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/** Key rings with fresh random keys for unit tests; the first id is active. */
final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {}

    static String spec(String... ids) {
        return Arrays.stream(ids).map(id -> id + ":" + randomKey()).collect(Collectors.joining(","));
    }

    static KeyRing ring(String... ids) {
        return KeyRing.parse(spec(ids));
    }

    static AesGcmFieldCipher cipher(KeyRing keys) {
        return new AesGcmFieldCipher(keys, RANDOM);
    }

    static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
