package app.tandem.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailBodyPartsTest {

    @Test
    void splitsTextAndLinksSoOnlyLinksBecomeAnchors() {
        assertThat(MailBodyParts.of("Open it here:\nhttps://tandem.example/a?b=1\nThanks <b>"))
                .containsExactly(
                        new MailBodyParts("Open it here:\n", null),
                        new MailBodyParts("https://tandem.example/a?b=1", "https://tandem.example/a?b=1"),
                        new MailBodyParts("\nThanks <b>", null));
    }
}
