package app.tandem.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final String KEY = TestKeys.randomKey();

    @Test
    void firstConfiguredKeyIsActive() {
        KeyRing ring = KeyRing.parse(" new_key-2:" + KEY + " , old:" + TestKeys.randomKey() + ",");
        assertThat(ring.activeId()).isEqualTo("new_key-2");
        assertThat(ring.ids()).containsExactly("new_key-2", "old");
    }

    @Test
    void acceptsUrlSafeBase64() {
        byte[] key = new byte[32];
        key[0] = (byte) 0xfb;
        key[1] = (byte) 0xff;
        String urlSafe = Base64.getUrlEncoder().encodeToString(key);
        assertThat(KeyRing.parse("k:" + urlSafe).activeId()).isEqualTo("k");
    }

    @Test
    void rejectsKeyOfWrongLengthNamingTheIdNotTheKey() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> KeyRing.parse("k1:" + KEY + ",k2:" + shortKey))
                .isInstanceOf(KeyConfigurationException.class)
                .hasMessageContaining("'k2'")
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining(shortKey)
                .hasMessageNotContaining(KEY);
    }

    @Test
    void rejectsKeyThatIsNotBase64() {
        assertThatThrownBy(() -> KeyRing.parse("k1:not*base64"))
                .isInstanceOf(KeyConfigurationException.class)
                .hasMessageContaining("'k1'")
                .hasMessageContaining("base64")
                .hasMessageNotContaining("not*base64");
    }

    @Test
    void rejectsInvalidKeyIdWithoutEchoingIt() {
        // a swapped "key:id" entry must not print the key
        assertThatThrownBy(() -> KeyRing.parse(KEY + ":k1"))
                .isInstanceOf(KeyConfigurationException.class)
                .hasMessageContaining("invalid key id")
                .hasMessageNotContaining(KEY);
        assertThatThrownBy(() -> KeyRing.parse("way-too-long-key-id-over-32-characters:" + KEY))
                .isInstanceOf(KeyConfigurationException.class);
        assertThatThrownBy(() -> KeyRing.parse("k.1:" + KEY)).isInstanceOf(KeyConfigurationException.class);
        assertThatThrownBy(() -> KeyRing.parse(":" + KEY)).isInstanceOf(KeyConfigurationException.class);
    }

    @Test
    void rejectsEntryWithoutIdWithoutEchoingIt() {
        assertThatThrownBy(() -> KeyRing.parse(KEY))
                .isInstanceOf(KeyConfigurationException.class)
                .hasMessageContaining("entry 1 has no key id")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void rejectsDuplicateIds() {
        assertThatThrownBy(() -> KeyRing.parse("k1:" + KEY + ",k1:" + TestKeys.randomKey()))
                .isInstanceOf(KeyConfigurationException.class)
                .hasMessageContaining("'k1' appears more than once");
    }

    @Test
    void rejectsEmptySpec() {
        assertThatThrownBy(() -> KeyRing.parse(" , ")).isInstanceOf(KeyConfigurationException.class);
    }

    @Test
    void printsIdsOnly() {
        assertThat(KeyRing.parse("k1:" + KEY)).hasToString("KeyRing[active=k1, ids=[k1]]");
        assertThat(new CryptoProperties("k1:" + KEY, null, null).toString()).doesNotContain(KEY);
    }
}
