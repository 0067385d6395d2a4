package app.tandem.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.crypto.EncryptedColumn;
import app.tandem.crypto.FieldCipher;
import app.tandem.crypto.RawRows;
import app.tandem.crypto.ReEncryption;
import app.tandem.crypto.ReEncryptionReport;
import app.tandem.testing.TandemIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@TandemIntegrationTest
class ReEncryptionIntegrationTest {

    private static final String NOTES = "crypto_test_note";
    private static final String LEGACY = "crypto_test_legacy";

    @TestConfiguration
    static class TestColumns {
        @Bean
        EncryptedColumn cryptoTestNoteBody() {
            return new EncryptedColumn(NOTES, "id", "body");
        }

        @Bean
        EncryptedColumn cryptoTestNoteSummary() {
            return new EncryptedColumn(NOTES, "id", "summary");
        }

        @Bean
        EncryptedColumn cryptoTestLegacyBody() {
            return new EncryptedColumn(LEGACY, "id", "body");
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReEncryption reEncryption;

    @Autowired
    FieldCipher cipher;

    @Autowired
    KeyRing keys;

    @Autowired
    PlatformTransactionManager transactionManager;

    private FieldCipher oldCipher;

    @BeforeEach
    void freshTables() throws InterruptedException {
        jdbc.sql("CREATE TABLE IF NOT EXISTS " + NOTES + " (id UUID PRIMARY KEY, body VARCHAR(4000), summary TEXT)")
                .update();
        jdbc.sql("CREATE TABLE IF NOT EXISTS " + LEGACY + " (id UUID PRIMARY KEY, body VARCHAR(4000))")
                .update();
        jdbc.sql("DELETE FROM " + NOTES).update();
        jdbc.sql("DELETE FROM " + LEGACY).update();
        oldCipher = TestKeys.cipher(keys.withActive("test-1"));
        awaitFirstScheduledRun();
    }

    @Test
    void reEncryptsEveryValueUnderTheOldKeyWithTheActiveKey() {
        assertThat(keys.activeId()).isEqualTo("test-2");
        Map<UUID, String> originals = new LinkedHashMap<>();
        for (int i = 0; i < 450; i++) {
            String note = "session note " + i + " — felt calmer after the walk 🌳";
            UUID id = insertNote(oldCipher.encrypt(note), i % 3 == 0 ? oldCipher.encrypt("summary " + i) : null);
            originals.put(id, note);
        }
        UUID current = insertNote(cipher.encrypt("already under the active key"), null);
        assertThat(RawRows.values(jdbc, NOTES, "body"))
                .filteredOn(v -> v.startsWith("enc:v1:test-1:"))
                .hasSize(450);

        ReEncryptionReport report = reEncryption.runOnce();

        // other modules declare encrypted columns too; only this test's values are under the old key
        assertThat(report.columns()).isGreaterThanOrEqualTo(3);
        assertThat(report).isEqualTo(new ReEncryptionReport(report.columns(), 450 + 150, 0, 0, 0));
        assertThat(RawRows.values(jdbc, NOTES, "body")).hasSize(451).allMatch(v -> v.startsWith("enc:v1:test-2:"));
        assertThat(RawRows.values(jdbc, NOTES, "summary"))
                .filteredOn(v -> v != null)
                .hasSize(150)
                .allMatch(v -> v.startsWith("enc:v1:test-2:"));
        RawRows.assertAllEncrypted(jdbc, NOTES, "body");
        RawRows.assertNoPlaintext(jdbc, NOTES, "session note", "felt calmer", "summary 3", "already under");
        originals.forEach((id, note) -> assertThat(cipher.decrypt(bodyOf(id))).isEqualTo(note));
        assertThat(cipher.decrypt(bodyOf(current))).isEqualTo("already under the active key");
        assertThat(reEncryption.runOnce()).isEqualTo(new ReEncryptionReport(report.columns(), 0, 0, 0, 0));
    }

    @Test
    void neverOverwritesAValueEditedWhileBeingReEncrypted() {
        UUID edited = insertNote(oldCipher.encrypt("before the edit"), null);
        UUID untouched = insertNote(oldCipher.encrypt("nobody edits this"), null);
        String userEdit = cipher.encrypt("the client's newer words");
        // a cipher that lets the "user" save a new value between the job's read and its write
        FieldCipher racingCipher = new FieldCipher() {
            @Override
            public String encrypt(String plaintext) {
                return cipher.encrypt(plaintext);
            }

            @Override
            public String decrypt(String stored) {
                String plain = cipher.decrypt(stored);
                if (plain.equals("before the edit")) {
                    jdbc.sql("UPDATE " + NOTES + " SET body = ? WHERE id = ?")
                            .param(userEdit)
                            .param(edited)
                            .update();
                }
                return plain;
            }
        };
        var job = new JdbcReEncryption(
                () -> List.of(new EncryptedColumn(NOTES, "id", "body")),
                racingCipher,
                keys.activeId(),
                jdbc,
                new TransactionTemplate(transactionManager));

        ReEncryptionReport report = job.runOnce();

        assertThat(report).isEqualTo(new ReEncryptionReport(1, 1, 1, 0, 0));
        assertThat(bodyOf(edited)).isEqualTo(userEdit);
        assertThat(cipher.decrypt(bodyOf(untouched))).isEqualTo("nobody edits this");
    }

    @Test
    void leavesValuesItCannotDecryptAsTheyAreAndCountsThem() {
        String foreign = TestKeys.cipher(TestKeys.ring("lost-key")).encrypt("sealed with a lost key");
        UUID plain = insertLegacy("legacy plaintext");
        UUID unknownKey = insertLegacy(foreign);
        UUID old = insertLegacy(oldCipher.encrypt("readable"));

        ReEncryptionReport report = reEncryption.runOnce();

        assertThat(report.undecryptable()).isEqualTo(2);
        assertThat(report.reEncrypted()).isEqualTo(1);
        assertThat(legacyBodyOf(plain)).isEqualTo("legacy plaintext");
        assertThat(legacyBodyOf(unknownKey)).isEqualTo(foreign);
        assertThat(legacyBodyOf(old)).startsWith("enc:v1:test-2:");
    }

    @Test
    void rawRowsFindsPlaintextWhereverItIsStored() {
        insertLegacy("a note nobody encrypted");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> RawRows.assertNoPlaintext(jdbc, LEGACY, "NOBODY ENCRYPTED"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("crypto_test_legacy.body");
    }

    private UUID insertNote(String body, String summary) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO " + NOTES + " (id, body, summary) VALUES (?, ?, ?)")
                .param(id)
                .param(body)
                .param(summary)
                .update();
        return id;
    }

    private UUID insertLegacy(String body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO " + LEGACY + " (id, body) VALUES (?, ?)")
                .param(id)
                .param(body)
                .update();
        return id;
    }

    private String bodyOf(UUID id) {
        return jdbc.sql("SELECT body FROM " + NOTES + " WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private String legacyBodyOf(UUID id) {
        return jdbc.sql("SELECT body FROM " + LEGACY + " WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    // The scheduler runs the task once at start-up; wait for it so it cannot race these tests' counts.
    private void awaitFirstScheduledRun() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ? AND last_success IS NOT NULL")
                        .param(CryptoConfiguration.RE_ENCRYPTION_TASK)
                        .query(Integer.class)
                        .single()
                == 0) {
            assertThat(Instant.now()).as("first scheduled re-encryption run").isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
