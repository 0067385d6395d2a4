package app.tandem.identity.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which relying party id and origins are in effect: configured ones win, else the base URL's. */
class RelyingPartyIdentityTest {

    @Test
    void withNothingConfiguredTheBaseUrlGivesTheIdAndTheOnlyOrigin() {
        RelyingPartyIdentity identity =
                RelyingPartyIdentity.of("", "Tandem", List.of(""), "http://localhost:8080/some/path");
        assertThat(identity.id()).isEqualTo("localhost");
        assertThat(identity.origins()).containsExactly("http://localhost:8080");
    }

    @Test
    void aDefaultPortIsNotPartOfTheOrigin() {
        assertThat(RelyingPartyIdentity.of(null, "Tandem", null, "https://care.example.org")
                        .origins())
                .containsExactly("https://care.example.org");
    }

    @Test
    void configuredIdAndOriginsWin() {
        RelyingPartyIdentity identity = RelyingPartyIdentity.of(
                "example.org",
                "Tandem",
                List.of(" https://care.example.org", "https://app.example.org "),
                "http://localhost:8080");
        assertThat(identity.id()).isEqualTo("example.org");
        assertThat(identity.origins()).containsExactlyInAnyOrder("https://care.example.org", "https://app.example.org");
    }
}
