package app.tandem.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    static final PracticeId PRACTICE = PracticeId.of("11111111-1111-1111-1111-111111111111");
    static final UserId THERAPIST = UserId.of("22222222-2222-2222-2222-222222222222");
    static final UserId CLIENT = UserId.of("33333333-3333-3333-3333-333333333333");
    static final Instant AT = Instant.parse("2026-03-01T12:00:00.123456789Z");

    static AuditFacts facts(String what, String requestId) {
        return AuditFacts.recorded(AT, THERAPIST, "THERAPIST", CLIENT, AuditAction.READ, what, requestId, "10.0.0.1");
    }

    @Test
    void encodesEveryFieldAsALengthPrefixedValueInAFixedOrder() {
        String encoded = new String(
                AuditHash.encode(PRACTICE, 7, facts("checkins", null), AuditHash.GENESIS), StandardCharsets.UTF_8);

        assertThat(encoded)
                .isEqualTo("14:tandem-audit/1,"
                        + "36:11111111-1111-1111-1111-111111111111,"
                        + "1:7,"
                        + "16:1772366400123456,"
                        + "36:22222222-2222-2222-2222-222222222222,"
                        + "9:THERAPIST,"
                        + "36:33333333-3333-3333-3333-333333333333,"
                        + "4:READ,"
                        + "8:checkins,"
                        + "-,"
                        + "8:10.0.0.1,"
                        + "64:" + "0".repeat(64) + ",");
    }

    @Test
    void hashIsLowerCaseHexSha256OfTheEncoding() throws Exception {
        AuditFacts facts = facts("checkins", "req-12345678");
        byte[] expected =
                MessageDigest.getInstance("SHA-256").digest(AuditHash.encode(PRACTICE, 1, facts, AuditHash.GENESIS));

        assertThat(AuditHash.of(PRACTICE, 1, facts, AuditHash.GENESIS))
                .isEqualTo(HexFormat.of().formatHex(expected))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void nullAndEmptyFieldsHashDifferently() {
        assertThat(AuditHash.of(PRACTICE, 1, facts("checkins", null), AuditHash.GENESIS))
                .isNotEqualTo(AuditHash.of(PRACTICE, 1, facts("checkins", ""), AuditHash.GENESIS));
    }

    @Test
    void movingCharactersBetweenFieldsChangesTheHash() {
        AuditFacts a = AuditFacts.recorded(AT, THERAPIST, "THERAPIST", CLIENT, AuditAction.READ, "ab", "c", null);
        AuditFacts b = AuditFacts.recorded(AT, THERAPIST, "THERAPIST", CLIENT, AuditAction.READ, "a", "bc", null);

        assertThat(AuditHash.of(PRACTICE, 1, a, AuditHash.GENESIS))
                .isNotEqualTo(AuditHash.of(PRACTICE, 1, b, AuditHash.GENESIS));
    }

    @Test
    void everyFieldIsCovered() {
        AuditFacts base = facts("checkins", "r1");
        String hash = AuditHash.of(PRACTICE, 1, base, AuditHash.GENESIS);

        assertThat(AuditHash.of(PRACTICE, 2, base, AuditHash.GENESIS)).isNotEqualTo(hash);
        assertThat(AuditHash.of(PracticeId.random(), 1, base, AuditHash.GENESIS))
                .isNotEqualTo(hash);
        assertThat(AuditHash.of(PRACTICE, 1, base, "f".repeat(64))).isNotEqualTo(hash);
        assertThat(AuditHash.of(
                        PRACTICE,
                        1,
                        new AuditFacts(
                                AT.plusNanos(1000),
                                THERAPIST,
                                "THERAPIST",
                                CLIENT,
                                AuditAction.READ,
                                "checkins",
                                "r1",
                                "10.0.0.1"),
                        AuditHash.GENESIS))
                .isNotEqualTo(hash);
        assertThat(AuditHash.of(
                        PRACTICE,
                        1,
                        new AuditFacts(
                                AT,
                                UserId.random(),
                                "THERAPIST",
                                CLIENT,
                                AuditAction.READ,
                                "checkins",
                                "r1",
                                "10.0.0.1"),
                        AuditHash.GENESIS))
                .isNotEqualTo(hash);
        assertThat(AuditHash.of(
                        PRACTICE,
                        1,
                        new AuditFacts(AT, THERAPIST, "ADMIN", CLIENT, AuditAction.READ, "checkins", "r1", "10.0.0.1"),
                        AuditHash.GENESIS))
                .isNotEqualTo(hash);
        assertThat(AuditHash.of(
                        PRACTICE,
                        1,
                        new AuditFacts(
                                AT,
                                THERAPIST,
                                "THERAPIST",
                                UserId.random(),
                                AuditAction.READ,
                                "checkins",
                                "r1",
                                "10.0.0.1"),
                        AuditHash.GENESIS))
                .isNotEqualTo(hash);
        assertThat(AuditHash.of(
                        PRACTICE,
                        1,
                        new AuditFacts(
                                AT, THERAPIST, "THERAPIST", CLIENT, AuditAction.WRITE, "checkins", "r1", "10.0.0.1"),
                        AuditHash.GENESIS))
                .isNotEqualTo(hash);
        assertThat(AuditHash.of(
                        PRACTICE,
                        1,
                        new AuditFacts(
                                AT, THERAPIST, "THERAPIST", CLIENT, AuditAction.READ, "checkins", "r1", "10.0.0.2"),
                        AuditHash.GENESIS))
                .isNotEqualTo(hash);
    }

    @Test
    void keepsMicrosecondsLikeTheDatabase() {
        assertThat(facts("checkins", null).occurredAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00.123456Z"));
    }

    @Test
    void refusesFreeTextAsTheResourceName() {
        assertThatIllegalArgumentException().isThrownBy(() -> facts("Felt awful today, can't sleep", null));
        assertThatIllegalArgumentException().isThrownBy(() -> facts("", null));
    }

    @Test
    void onlyTheSystemActsWithoutAnActor() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        AuditFacts.recorded(AT, null, "THERAPIST", CLIENT, AuditAction.READ, "checkins", null, null));
        assertThat(AuditFacts.recorded(AT, null, "SYSTEM", CLIENT, AuditAction.READ, "checkins", null, null)
                        .actorId())
                .isNull();
    }
}
