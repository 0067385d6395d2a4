package app.tandem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void linksAreMadeWithOneSlashWhateverTheConfiguredAddressEndsWith() {
        assertThat(new PublicAddress("https://care.example.org/").of("/calendar/a.ics"))
                .isEqualTo("https://care.example.org/calendar/a.ics");
        assertThat(new PublicAddress("https://care.example.org").of("/help"))
                .isEqualTo("https://care.example.org/help");
        assertThat(new PublicAddress("https://care.example.org/").base()).isEqualTo("https://care.example.org");
    }

    @Test
    void onlyAPathOfThisSiteIsMadeALink() {
        PublicAddress address = new PublicAddress("https://care.example.org");
        assertThatIllegalArgumentException().isThrownBy(() -> address.of("evil.example/x"));
        assertThatIllegalArgumentException().isThrownBy(() -> address.of(null));
    }
}
