package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.notification.internal.EmailDispatcher;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.OwnSchema;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery over real SMTP (GreenMail, started and stopped per test on a fixed free port). The
 * recurring task is off here so each test drives the dispatcher itself and moves time by passing
 * {@code now}.
 */
@TandemIntegrationTest
class SmtpDeliveryTest {

    static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("tandem.notification.dispatcher-enabled", () -> "false");
        // on a shared PostgreSQL test database every other cached test context runs a dispatcher in dev-mailbox
        // mode that would take these emails
        OwnSchema.register(registry, "smtp_test");
    }

    @Autowired
    Notifier notifier;

    @Autowired
    EmailDispatcher dispatcher;

    @Autowired
    TestData data;

    @Autowired
    Practices practices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Value("${tandem.base-url}")
    String baseUrl;

    GreenMail smtp;
    TransactionTemplate tx;
    CurrentUser client;

    @BeforeEach
    void setUp() {
        jdbc.sql("DELETE FROM outbound_email").update();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        tx = new TransactionTemplate(transactionManager);
        client = data.aClientOf(data.aTherapist(data.aPractice()));
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void sendsAContentFreeEmailWithTheLinkThroughSmtp() throws Exception {
        smtp.start();
        UUID emailId = notify(client, NotificationKind.NEW_MESSAGE, "/client/messages/7f3a");

        assertThat(dispatcher.dispatchDue(clock.instant())).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        String body = ((String) mail.getContent()).replace("\r\n", "\n").strip();
        String practiceName = practices.get(client.practiceId()).name();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(client.email());
        assertThat(mail.getSubject()).isEqualTo("You have a new message in Tandem");
        assertThat(body).isEqualTo("""
                Hello,

                You have a new message in Tandem from %1$s.

                Open it here (you may be asked to sign in):
                %2$s/client/messages/7f3a

                For your privacy this email does not include any details.

                If you need help right now, see %2$s/help

                %1$s, via Tandem""".formatted(practiceName, baseUrl));
        assertThat(body).doesNotContain(client.displayName());
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(notifier.deliveryStatus(emailId)).get().satisfies(d -> {
            assertThat(d.status()).isEqualTo(EmailDelivery.Status.SENT);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.sentAt()).isNotNull();
        });
        assertThat(storedBody(emailId))
                .as("one-time links are not kept after sending")
                .isEmpty();
    }

    @Test
    void retriesWithGrowingPausesWhileSmtpIsDownAndDeliversOnceItIsUp() throws Exception {
        UUID emailId = notify(client, NotificationKind.REMINDER, "/client/checkin");
        Instant start = clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps

        assertThat(dispatcher.dispatchDue(start)).isEqualTo(1);
        EmailDelivery afterFirst = notifier.deliveryStatus(emailId).orElseThrow();
        assertThat(afterFirst.status()).isEqualTo(EmailDelivery.Status.PENDING);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.lastError()).startsWith("MailSendException").contains("ConnectException");
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(start.plusSeconds(30));

        assertThat(dispatcher.dispatchDue(start.plusSeconds(29)))
                .as("not before the pause ends")
                .isZero();
        assertThat(dispatcher.dispatchDue(start.plusSeconds(30))).isEqualTo(1);
        assertThat(notifier.deliveryStatus(emailId).orElseThrow().nextAttemptAt())
                .as("the pause doubles")
                .isEqualTo(start.plusSeconds(30 + 60));

        smtp.start();
        assertThat(dispatcher.dispatchDue(start.plusSeconds(89))).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(dispatcher.dispatchDue(start.plusSeconds(90))).isEqualTo(1);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        EmailDelivery delivered = notifier.deliveryStatus(emailId).orElseThrow();
        assertThat(delivered.status()).isEqualTo(EmailDelivery.Status.SENT);
        assertThat(delivered.attempts()).isEqualTo(3);
        assertThat(dispatcher.dispatchDue(start.plus(Duration.ofHours(1))))
                .as("sent only once")
                .isZero();
    }

    @Test
    void givesUpAfterTheLastAttemptAndSaysSoThroughTheApi() {
        UUID emailId = tx.execute(status -> notifier.sendAccountEmail(
                new AccountEmail("someone@test.tandem", "Reset your password", "http://localhost/password/x"),
                client.practiceId(),
                "reset-" + client.id()));
        Instant now = clock.instant();

        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(dispatcher.dispatchDue(now)).as("attempt %d", attempt).isEqualTo(1);
            now = now.plus(Duration.ofMinutes(31));
        }

        EmailDelivery failed = notifier.deliveryStatus(emailId).orElseThrow();
        assertThat(failed.status()).isEqualTo(EmailDelivery.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(12);
        assertThat(failed.lastError()).startsWith("MailSendException");
        assertThat(notifier.deliveriesFor("reset-" + client.id())).containsExactly(failed);
        assertThat(storedBody(emailId)).isEmpty();
        assertThat(dispatcher.dispatchDue(now.plus(Duration.ofDays(1)))).isZero();
    }

    @Test
    void twoDispatchersRacingSendEachEmailExactlyOnce() throws Exception {
        smtp.start();
        List<String> addresses = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < 60; i++) {
                String to = "race-" + i + "@test.tandem";
                addresses.add(to);
                notifier.sendAccountEmail(new AccountEmail(to, "Welcome", "Hello " + i), null, "race");
            }
        });
        Instant now = clock.instant();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // both dispatchers claim batches at the same moment until nothing is due any more
            int sent;
            do {
                List<Future<Integer>> rounds = List.of(
                        threads.submit(() -> {
                            together.await();
                            return dispatcher.dispatchDue(now);
                        }),
                        threads.submit(() -> {
                            together.await();
                            return dispatcher.dispatchDue(now);
                        }));
                sent = rounds.get(0).get() + rounds.get(1).get();
            } while (sent > 0);
        } finally {
            threads.shutdownNow();
        }

        // the SMTP server may still be storing the last messages it accepted: give it a moment
        List<String> receivedBy = racesReceived();
        for (int wait = 0; wait < 100 && receivedBy.size() < addresses.size(); wait++) {
            Thread.sleep(100);
            receivedBy = racesReceived();
        }
        assertThat(receivedBy).containsExactlyInAnyOrderElementsOf(addresses);
        assertThat(notifier.deliveriesFor("race"))
                .hasSize(60)
                .allSatisfy(d -> assertThat(d.attempts()).isEqualTo(1))
                .allSatisfy(d -> assertThat(d.isSent()).isTrue());
    }

    /** Recipients of the race's messages (on a shared test database other tests' emails may arrive too). */
    private List<String> racesReceived() throws Exception {
        List<String> receivedBy = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String to = message.getAllRecipients()[0].toString();
            if (to.startsWith("race-")) {
                receivedBy.add(to);
            }
        }
        return receivedBy;
    }

    @Test
    void hidesTheDevelopmentMailboxWhenSmtpIsConfigured() throws Exception {
        mvc.perform(get("/dev/mailbox")).andExpect(status().isNotFound());
        mvc.perform(get("/dev/mailbox/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
    }

    private UUID notify(CurrentUser user, NotificationKind kind, String link) {
        return tx.execute(status -> notifier.notifyUser(user.id(), kind, link, null))
                .orElseThrow();
    }

    private String storedBody(UUID emailId) {
        return jdbc.sql("SELECT body FROM outbound_email WHERE id = :id")
                .param("id", emailId)
                .query(String.class)
                .single();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
