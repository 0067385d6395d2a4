package app.tandem.safety.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.tandem.notification.EmailDelivery;
import app.tandem.notification.Notifier;
import app.tandem.notification.internal.EmailDispatcher;
import app.tandem.safety.Alerts;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live delivery is a convenience on top of durable delivery: when the push after commit dies, the
 * alert is still in the inbox, its event is still in the feed for other nodes, and its email is
 * still in the outbox and goes out on the next dispatch.
 */
@TandemIntegrationTest
@Import(AlertFixture.class)
class AlertDeliveryTest {

    @Autowired
    AlertFixture alerts;

    @Autowired
    Alerts desk;

    @Autowired
    LiveAlertFeed feed;

    @Autowired
    AlertEventRepository eventFeed;

    @Autowired
    LiveAlerts describer;

    @Autowired
    Clock clock;

    @Autowired
    Notifier notifier;

    @Autowired
    EmailDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    CurrentUser therapist;
    CurrentUser client;

    @BeforeEach
    void setUp() {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
    }

    @Test
    void aConnectedTherapistGetsTheAlertPushedRightAfterCommit() {
        RecordingEmitter browser = new RecordingEmitter(false);
        feed.register(therapist.id(), browser);

        UUID id = alerts.signal(client, RiskLevel.HIGH).alertId();

        await().atMost(Duration.ofSeconds(10)).until(() -> browser.sent.size() >= 1);
        assertThat(browser.sent)
                .anySatisfy(event -> assertThat(event).contains(id.toString()).contains("raised"));
    }

    @Test
    void anotherNodesAlertArrivesThroughTheFeedPoll() {
        // The application's own feed stands for the node that saved the alert; a second feed, which nothing
        // schedules, stands for the node the therapist is connected to: only its own polls can deliver, so the
        // outcome does not depend on when the application's 500 ms poll or after-commit push happen to run.
        LiveAlertFeed otherNode = new LiveAlertFeed(eventFeed, describer, clock);
        try {
            UUID id = alerts.signal(client, RiskLevel.HIGH).alertId();
            RecordingEmitter browser = new RecordingEmitter(false);
            otherNode.register(therapist.id(), browser);

            otherNode.poll();
            otherNode.poll(); // a second round sends nothing new

            assertThat(browser.sent).filteredOn(e -> e.contains(id.toString())).hasSize(1);
        } finally {
            otherNode.destroy();
        }
    }

    @Test
    void whenTheLivePushDiesAfterCommitTheAlertAndItsEmailAreStillThere() {
        RecordingEmitter broken = new RecordingEmitter(true);
        feed.register(therapist.id(), broken);

        UUID id = alerts.signal(client, RiskLevel.HIGH).alertId();

        await().atMost(Duration.ofSeconds(10)).until(() -> broken.attempts > 0);
        assertThat(desk.openFor(therapist)).extracting(a -> a.id()).contains(id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM safety_alert_event WHERE alert_id = ?")
                        .params(id)
                        .query(Long.class)
                        .single())
                .as("still in the feed for other nodes")
                .isOne();
        List<EmailDelivery> emails = notifier.deliveriesFor(id.toString());
        assertThat(emails).hasSize(1);
        assertThat(emails.get(0).status())
                .isIn(EmailDelivery.Status.PENDING, EmailDelivery.Status.SENT, EmailDelivery.Status.STORED);

        dispatcher.dispatchDue(Instant.now().plus(Duration.ofHours(1)));

        assertThat(notifier.deliveryStatus(emails.get(0).id()))
                .get()
                .extracting(EmailDelivery::status)
                .as("SENT with a mail server, STORED in the development mailbox")
                .isIn(EmailDelivery.Status.SENT, EmailDelivery.Status.STORED);
        assertThat(alerts.notificationsOf(therapist, "RISK_ALERT")).isOne();
    }

    /** A browser connection that records what it was sent, or one whose connection is dead. */
    static class RecordingEmitter extends SseEmitter {

        final List<String> sent = new CopyOnWriteArrayList<>();
        final boolean broken;
        volatile int attempts;

        RecordingEmitter(boolean broken) {
            super(60_000L);
            this.broken = broken;
        }

        @Override
        public void send(SseEventBuilder builder) throws IOException {
            attempts++;
            if (broken) {
                throw new IOException("connection reset");
            }
            Set<DataWithMediaType> parts = builder.build();
            StringBuilder text = new StringBuilder();
            parts.forEach(p -> text.append(p.getData()));
            sent.add(text.toString());
        }
    }
}
