package app.tandem.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.crypto.UndecryptableValueException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AesGcmFieldCipherTest {

    private static final String NOTE = "Felt anxious before the meeting 😟, used box breathing 🌬️ — it helped.";

    private final KeyRing keys = TestKeys.ring("k2", "k1");
    private final AesGcmFieldCipher cipher = TestKeys.cipher(keys);

    @Test
    void roundTripsTextWithEmojiAndAccents() {
        assertThat(cipher.decrypt(cipher.encrypt(NOTE))).isEqualTo(NOTE);
        assertThat(cipher.decrypt(cipher.encrypt("Ça va — ümlaut, 中文, \u0000 and\nnewlines")))
                .isEqualTo("Ça va — ümlaut, 中文, \u0000 and\nnewlines");
        assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
    }

    @Test
    void roundTripsLongText() {
        String journal = "A long journal entry, line after line. 🧘\n".repeat(5_000);
        assertThat(cipher.decrypt(cipher.encrypt(journal))).isEqualTo(journal);
    }

    @Test
    void nullStaysNull() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }

    @Test
    void storesCompactAsciiWithVersionAndActiveKeyIdAndNoPlaintext() {
        String stored = cipher.encrypt("slept badly");
        assertThat(stored).startsWith("enc:v1:k2:").doesNotContain("slept").matches("[\\x21-\\x7e]+");
        byte[] payload = Base64.getUrlDecoder().decode(stored.substring("enc:v1:k2:".length()));
        assertThat(payload).hasSize(12 + "slept badly".length() + 16);
    }

    @Test
    void everyEncryptionOfTheSameTextDiffers() {
        Set<String> stored = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            stored.add(cipher.encrypt("same words"));
        }
        assertThat(stored).hasSize(100);
    }

    @Test
    void rejectsTamperedCiphertext() {
        String stored = cipher.encrypt("I am safe tonight");
        byte[] payload = payloadOf(stored);
        payload[payload.length - 20] ^= 0x01;
        assertThatThrownBy(() -> cipher.decrypt(withPayload(stored, payload)))
                .isInstanceOf(UndecryptableValueException.class)
                .hasMessageContaining("k2")
                .hasMessageNotContaining("safe");
    }

    @Test
    void rejectsTamperedIv() {
        String stored = cipher.encrypt("I am safe tonight");
        byte[] payload = payloadOf(stored);
        payload[0] ^= 0x01;
        assertThatThrownBy(() -> cipher.decrypt(withPayload(stored, payload)))
                .isInstanceOf(UndecryptableValueException.class);
    }

    @Test
    void rejectsTamperedTag() {
        String stored = cipher.encrypt("I am safe tonight");
        byte[] payload = payloadOf(stored);
        payload[payload.length - 1] ^= 0x01;
        assertThatThrownBy(() -> cipher.decrypt(withPayload(stored, payload)))
                .isInstanceOf(UndecryptableValueException.class);
    }

    @Test
    void rejectsValueRelabelledWithAnotherKnownKeyId() {
        String stored = cipher.encrypt("I am safe tonight");
        assertThatThrownBy(() -> cipher.decrypt(stored.replace(":k2:", ":k1:")))
                .isInstanceOf(UndecryptableValueException.class)
                .hasMessageContaining("k1");
    }

    @Test
    void rejectsUnknownKeyIdNamingOnlyTheId() {
        String stored = TestKeys.cipher(TestKeys.ring("elsewhere")).encrypt("private");
        assertThatThrownBy(() -> cipher.decrypt(stored))
                .isInstanceOf(UndecryptableValueException.class)
                .hasMessageContaining("unknown key id 'elsewhere'")
                .hasMessageNotContaining("private");
    }

    @Test
    void decryptsValuesSealedWithAnOlderKeyAfterRotation() {
        AesGcmFieldCipher beforeRotation = TestKeys.cipher(keys.withActive("k1"));
        String old = beforeRotation.encrypt("written last year");
        assertThat(old).startsWith("enc:v1:k1:");
        assertThat(cipher.decrypt(old)).isEqualTo("written last year");
        assertThat(cipher.encrypt("written today")).startsWith("enc:v1:k2:");
    }

    @Test
    void rejectsPlaintextAndMalformedValuesInsteadOfReturningThem() {
        for (String notStored : new String[] {
            "plain note",
            "",
            "enc",
            "enc:v1",
            "enc:v1:k2",
            "enc:v1:k2:",
            "enc:v1:k2:!!!!",
            "enc:v1:k 2:AAAA",
            "enc:v1:k2:AAAA",
            "enc:v1:k2:abc:def",
            "ENC:v1:k2:AAAA"
        }) {
            assertThatThrownBy(() -> cipher.decrypt(notStored))
                    .as(notStored)
                    .isInstanceOf(UndecryptableValueException.class);
        }
    }

    @Test
    void rejectsUnknownFormatVersion() {
        String stored = cipher.encrypt("note");
        assertThatThrownBy(() -> cipher.decrypt(stored.replace("enc:v1:", "enc:v2:")))
                .isInstanceOf(UndecryptableValueException.class)
                .hasMessageContaining("version");
    }

    @Test
    void rejectsNonCanonicalBase64() {
        String stored = cipher.encrypt("note");
        assertThatThrownBy(() -> cipher.decrypt(stored + "=")).isInstanceOf(UndecryptableValueException.class);
    }

    private static byte[] payloadOf(String stored) {
        return Base64.getUrlDecoder().decode(stored.substring(stored.lastIndexOf(':') + 1));
    }

    private static String withPayload(String stored, byte[] payload) {
        return stored.substring(0, stored.lastIndexOf(':') + 1)
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
    }
}
