package app.tandem.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 appendix B (SHA-1) vectors, the ±1 step window, and base32 round trips. */
class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void matchesTheRfc6238TestVectors(long seconds, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheEightDigitOnes() {
        long step = Totp.stepAt(Instant.ofEpochSecond(1111111109));
        assertThat(Totp.code(RFC_KEY, step, 6)).isEqualTo("081804");
    }

    @Test
    void acceptsOneStepEitherSideButNotTwo() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.stepAt(now);
        String previous = Totp.code(RFC_KEY, step - 1, 6);
        String next = Totp.code(RFC_KEY, step + 1, 6);
        String twoAgo = Totp.code(RFC_KEY, step - 2, 6);
        assertThat(Totp.matchingStep(RFC_KEY, previous, now, 1)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_KEY, next, now, 1)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_KEY, twoAgo, now, 1)).isEmpty();
    }

    @Test
    void refusesCodesOfTheWrongShape() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        assertThat(Totp.matchingStep(RFC_KEY, null, now, 1)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "12345", now, 1)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "12345a", now, 1)).isEmpty();
    }

    @Test
    void base32RoundTripsAndReadsTheRfcKey() {
        assertThat(Base32.encode(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_KEY);
        assertThat(Totp.codeAt("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Instant.ofEpochSecond(59)))
                .isEqualTo("287082");
    }

    @Test
    void recoveryCodesMatchOnlyTheirOwnSaltedHash() {
        var codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(RecoveryCodes::looksLikeOne);
        String stored = RecoveryCodes.hash(codes.get(0));
        assertThat(stored).doesNotContain(codes.get(0));
        assertThat(RecoveryCodes.matches(codes.get(0).toUpperCase().replace("-", " "), stored))
                .isTrue();
        assertThat(RecoveryCodes.matches(codes.get(1), stored)).isFalse();
        assertThat(RecoveryCodes.hash(codes.get(0))).as("per-code salt").isNotEqualTo(stored);
    }
}
