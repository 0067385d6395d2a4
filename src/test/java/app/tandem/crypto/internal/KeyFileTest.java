package app.tandem.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void createsFileWithAWorkingKeyOnFirstUseAndReusesItOnSecondStart() throws IOException {
        Path file = dir.resolve("nested/data/keys.properties");

        KeyRing first = KeyFile.loadOrCreate(file, new SecureRandom(), CLOCK);
        String stored = TestKeys.cipher(first).encrypt("first session note");
        KeyRing second = KeyFile.loadOrCreate(file, new SecureRandom(), CLOCK);

        assertThat(file).exists();
        assertThat(first.activeId()).isEqualTo("k20260304");
        assertThat(second.activeId()).isEqualTo(first.activeId());
        assertThat(TestKeys.cipher(second).decrypt(stored)).isEqualTo("first session note");
        assertThat(Files.readString(file)).contains("active=k20260304").contains("BACK THIS FILE UP");
    }

    @Test
    void createdFileIsReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve("keys.properties");
        KeyFile.loadOrCreate(file, new SecureRandom(), CLOCK);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void readsSeveralKeysWithTheNamedOneActive() throws IOException {
        Path file = dir.resolve("keys.properties");
        Files.writeString(
                file,
                "# rotated in March\nactive=k2\nk1=" + TestKeys.randomKey() + "\nk2=" + TestKeys.randomKey() + "\n");
        KeyRing ring = KeyFile.loadOrCreate(file, new SecureRandom(), CLOCK);
        assertThat(ring.activeId()).isEqualTo("k2");
        assertThat(ring.ids()).containsExactlyInAnyOrder("k1", "k2");
    }

    @Test
    void rejectsFileWithoutActiveLine() throws IOException {
        Path file = dir.resolve("keys.properties");
        Files.writeString(file, "k1=" + TestKeys.randomKey() + "\n");
        assertThatThrownBy(() -> KeyFile.loadOrCreate(file, new SecureRandom(), CLOCK))
                .isInstanceOf(KeyConfigurationException.class)
                .hasMessageContaining("active=");
    }

    @Test
    void rejectsFileWhoseActiveKeyIsMissing() throws IOException {
        Path file = dir.resolve("keys.properties");
        Files.writeString(file, "active=k9\nk1=" + TestKeys.randomKey() + "\n");
        assertThatThrownBy(() -> KeyFile.loadOrCreate(file, new SecureRandom(), CLOCK))
                .isInstanceOf(KeyConfigurationException.class)
                .hasMessageContaining("'k9'");
    }

    @Test
    void rejectsShortKeyInFileNamingTheId() throws IOException {
        Path file = dir.resolve("keys.properties");
        Files.writeString(file, "active=k1\nk1=AAAA\n");
        assertThatThrownBy(() -> KeyFile.loadOrCreate(file, new SecureRandom(), CLOCK))
                .isInstanceOf(KeyConfigurationException.class)
                .hasMessageContaining("'k1'")
                .hasMessageContaining("32 bytes");
    }
}
