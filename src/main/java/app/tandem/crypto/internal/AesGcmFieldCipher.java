package app.tandem.crypto.internal;

import app.tandem.crypto.FieldCipher;
import app.tandem.crypto.UndecryptableValueException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a random 96-bit IV per value and a 128-bit tag. Stored form:
 * {@code enc:v1:<keyId>:<base64url(iv || ciphertext+tag)>}; the {@code enc:v1:<keyId>:} header is
 * authenticated too, so a value cannot be relabelled with another key id.
 */
final class AesGcmFieldCipher implements FieldCipher {

    static final String PREFIX = "enc:";
    static final String VERSION = "v1";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final KeyRing keys;
    private final SecureRandom random;

    AesGcmFieldCipher(KeyRing keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    /** The start every value sealed with {@code keyId} has. */
    static String storedPrefix(String keyId) {
        return PREFIX + VERSION + ":" + keyId + ":";
    }

    @Override
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        String header = storedPrefix(keys.activeId());
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.activeKey(), iv, header);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] payload = ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
            return header + ENCODER.encodeToString(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed with key id " + keys.activeId(), e);
        }
    }

    @Override
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw UndecryptableValueException.notEncrypted();
        }
        String[] parts = stored.split(":", -1);
        if (parts.length >= 2 && !VERSION.equals(parts[1])) {
            throw UndecryptableValueException.unsupportedVersion();
        }
        if (parts.length != 4 || !KeyRing.isValidId(parts[2])) {
            throw UndecryptableValueException.malformed();
        }
        String keyId = parts[2];
        SecretKey key = keys.find(keyId).orElseThrow(() -> UndecryptableValueException.unknownKey(keyId));
        byte[] payload = decodeCanonical(parts[3]);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(payload, IV_BYTES), storedPrefix(keyId));
            byte[] plain = cipher.doFinal(payload, IV_BYTES, payload.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw UndecryptableValueException.tampered(keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed with key id " + keyId, e);
        }
    }

    // Java's decoder ignores stray trailing bits; re-encoding makes any altered character count.
    private static byte[] decodeCanonical(String encoded) {
        byte[] payload;
        try {
            payload = DECODER.decode(encoded);
        } catch (IllegalArgumentException e) {
            throw UndecryptableValueException.malformed();
        }
        if (payload.length < IV_BYTES + TAG_BITS / 8
                || !ENCODER.encodeToString(payload).equals(encoded)) {
            throw UndecryptableValueException.malformed();
        }
        return payload;
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv, String header) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
