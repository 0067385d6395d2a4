package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.notification.internal.DevMail;
import app.tandem.notification.internal.DevMailbox;
import app.tandem.testing.TandemIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Without an SMTP host, the recurring dispatch task delivers into the development mailbox. */
@TandemIntegrationTest
class DevMailboxTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifier notifier;

    @Autowired
    DevMailbox mailbox;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void deliversIntoTheDevelopmentMailboxAndShowsItWithAClickableLink() throws Exception {
        String to = "new.person+" + UUID.randomUUID().toString().substring(0, 8) + "@test.tandem";
        UUID emailId = new TransactionTemplate(transactionManager)
                .execute(status -> notifier.sendAccountEmail(
                        new AccountEmail(
                                to,
                                "You are invited to Tandem",
                                "Hello,\n\nAccept your invitation: http://localhost:8080/invitations/abc123\n"),
                        null,
                        "invitation-1"));

        DevMail mail = awaitMailTo(to);

        assertThat(notifier.deliveryStatus(emailId)).get().satisfies(d -> {
            // only kept here, never sent: it must not look delivered to its recipient
            assertThat(d.isSent()).isFalse();
            assertThat(d.status()).isEqualTo(EmailDelivery.Status.STORED);
        });
        mvc.perform(get("/dev/mailbox"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Development mailbox: this server has no mail server configured; these emails were not sent")))
                .andExpect(content().string(containsString(to)))
                .andExpect(content().string(containsString("href=\"/dev/mailbox/" + mail.id() + "\"")));
        mvc.perform(get("/dev/mailbox/{id}", mail.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are invited to Tandem")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<a href=\"http://localhost:8080/invitations/abc123\">http://localhost:8080/invitations/abc123</a>")))
                .andExpect(content().string(containsString("these emails were not sent")));
    }

    @Test
    void answersNotFoundForAnUnknownMail() throws Exception {
        mvc.perform(get("/dev/mailbox/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
    }

    private DevMail awaitMailTo(String to) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Optional<DevMail> mail = mailbox.newestFirst(50).stream()
                    .filter(m -> m.to().equals(to))
                    .findFirst();
            if (mail.isPresent()) {
                return mail.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + to + " in the development mailbox");
    }
}
