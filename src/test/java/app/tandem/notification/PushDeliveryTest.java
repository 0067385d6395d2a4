package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.notification.internal.PushDispatcher;
import app.tandem.notification.internal.PushSubscriptions;
import app.tandem.notification.internal.VapidKeys;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.SqlTimes;
import app.tandem.testing.OwnSchema;
import app.tandem.testing.PushServiceStub;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Web Push end to end against a push service on this computer ({@link PushServiceStub}) holding keys the test made:
 * the payload decrypts (RFC 8291) to the kind's fixed text, the VAPID header is signed for the endpoint's origin,
 * and each answer of the push service does what ADR 0027 says. The recurring task is off here: each test drives the
 * dispatcher and moves time by passing {@code now}.
 */
@TandemIntegrationTest
class PushDeliveryTest {

    @DynamicPropertySource
    static void push(DynamicPropertyRegistry registry) {
        registry.add("tandem.push.dispatcher-enabled", () -> "false");
        OwnSchema.register(registry, "push_test");
    }

    @Autowired
    Notifier notifier;

    @Autowired
    PushSubscriptions subscriptions;

    @Autowired
    PushDispatcher dispatcher;

    @Autowired
    VapidKeys vapid;

    @Autowired
    Practices practices;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    PushServiceStub pushService;
    TransactionTemplate tx;
    CurrentUser client;

    @BeforeEach
    void setUp() throws Exception {
        pushService = new PushServiceStub();
        tx = new TransactionTemplate(transactionManager);
        client = data.aClientOf(data.aTherapist(data.aPractice()));
    }

    @AfterEach
    void tearDown() {
        pushService.close();
    }

    @Test
    void aReminderArrivesEncryptedForTheDeviceSignedForThePushServiceAndSaysNothingClinical() throws Exception {
        PushServiceStub.Device phone = new PushServiceStub.Device();
        UUID subscription = subscribe("/push/phone", phone);
        String link = "/client/habits?reminder=" + UUID.randomUUID();

        tx.executeWithoutResult(s -> notifier.notifyUser(client.id(), NotificationKind.REMINDER, link, "r-1"));
        Instant now = Instant.now();
        assertThat(dispatcher.dispatchDue(now)).isOne();

        PushServiceStub.Received push = pushService.receivedAt("/push/phone").get(0);
        String practice = practices.find(client.practiceId()).orElseThrow().name();
        assertThat(phone.decrypt(push.body()))
                .isEqualTo("{\"title\":\"Tandem\",\"body\":\"You have a reminder from " + practice + ".\",\"url\":\""
                        + link + "\"}");
        assertThat(push.header("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(push.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(push.header("TTL")).isEqualTo("43200");
        assertThat(push.header("Urgency")).isEqualTo("normal");

        // Authorization: vapid t=<JWT signed ES256 with the server's key>, k=<that public key>
        String authorization = push.header("Authorization");
        assertThat(authorization).matches("vapid t=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+, k=[A-Za-z0-9_-]+");
        String jwt = authorization.substring("vapid t=".length(), authorization.indexOf(", k="));
        String k = authorization.substring(authorization.indexOf(", k=") + 4);
        assertThat(k).isEqualTo(vapid.publicKey());
        String[] parts = jwt.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(claims, "$.aud")).isEqualTo(pushService.origin());
        assertThat(JsonPath.<String>read(claims, "$.sub")).startsWith("mailto:");
        long exp = ((Number) JsonPath.read(claims, "$.exp")).longValue();
        assertThat(exp)
                .isBetween(now.getEpochSecond(), now.plus(Duration.ofHours(24)).getEpochSecond());
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(PushServiceStub.publicKey(Base64.getUrlDecoder().decode(k)));
        es256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(es256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        // 201: sent once, recorded on the device, nothing left to send
        assertThat(lastSuccess(subscription)).isNotNull();
        assertThat(pendingFor(subscription)).isZero();
        assertThat(dispatcher.dispatchDue(now.plus(Duration.ofHours(1)))).isZero();
        assertThat(pushService.received()).hasSize(1);
    }

    @Test
    void aPushForAnAlertIsUrgentAndStillSaysOnlyThatSomethingNeedsAttention() throws Exception {
        PushServiceStub.Device phone = new PushServiceStub.Device();
        subscribe("/push/urgent", phone);

        tx.executeWithoutResult(
                s -> notifier.notifyUser(client.id(), NotificationKind.RISK_ALERT, "/therapist/alerts/x", null));
        dispatcher.dispatchDue(Instant.now());

        PushServiceStub.Received push = pushService.receivedAt("/push/urgent").get(0);
        assertThat(push.header("Urgency")).isEqualTo("high");
        assertThat(phone.decrypt(push.body())).contains("needs your attention.");
    }

    @Test
    void everyDeviceOfTheAccountGetsItsOwnPush() throws Exception {
        PushServiceStub.Device phone = new PushServiceStub.Device();
        PushServiceStub.Device laptop = new PushServiceStub.Device();
        subscribe("/push/a", phone);
        subscribe("/push/b", laptop);

        tx.executeWithoutResult(s -> notifier.notifyUser(client.id(), NotificationKind.REMINDER, "/client/habits"));
        assertThat(dispatcher.dispatchDue(Instant.now())).isEqualTo(2);

        assertThat(phone.decrypt(pushService.receivedAt("/push/a").get(0).body()))
                .contains("reminder");
        assertThat(laptop.decrypt(pushService.receivedAt("/push/b").get(0).body()))
                .contains("reminder");
    }

    @Test
    void aSubscriptionThePushServiceSaysIsGoneIsDeleted() throws Exception {
        UUID gone = subscribe("/push/gone", new PushServiceStub.Device());
        UUID notFound = subscribe("/push/not-found", new PushServiceStub.Device());
        pushService.answer("/push/gone", 410);
        pushService.answer("/push/not-found", 404);

        tx.executeWithoutResult(s -> notifier.notifyUser(client.id(), NotificationKind.REMINDER, "/client/habits"));
        dispatcher.dispatchDue(Instant.now());

        assertThat(exists(gone)).isFalse();
        assertThat(exists(notFound)).isFalse();
        // the next notification finds no device to push to
        tx.executeWithoutResult(s -> notifier.notifyUser(client.id(), NotificationKind.REMINDER, "/client/habits"));
        assertThat(dispatcher.dispatchDue(Instant.now())).isZero();
        assertThat(pushService.received()).hasSize(2);
    }

    @Test
    void aPushServiceErrorIsRetriedLaterWithBackoffAndThenDelivered() throws Exception {
        PushServiceStub.Device phone = new PushServiceStub.Device();
        UUID subscription = subscribe("/push/flaky", phone);
        pushService.answer("/push/flaky", 500);

        tx.executeWithoutResult(s -> notifier.notifyUser(client.id(), NotificationKind.REMINDER, "/client/habits"));
        Instant now = Instant.now();
        dispatcher.dispatchDue(now);

        assertThat(pendingFor(subscription)).isOne();
        Instant next = nextAttempt(subscription);
        assertThat(next).isAfter(now.plus(Duration.ofSeconds(29)));
        assertThat(lastFailureAt(subscription)).isNotNull();
        assertThat(dispatcher.dispatchDue(now.plusSeconds(5))).isZero();

        dispatcher.dispatchDue(next);
        assertThat(pushService.receivedAt("/push/flaky")).hasSize(2);
        assertThat(phone.decrypt(pushService.receivedAt("/push/flaky").get(1).body()))
                .contains("reminder");
        assertThat(pendingFor(subscription)).isZero();
        assertThat(lastSuccess(subscription)).isNotNull();
    }

    @Test
    void tooManyRequestsWaitsAtLeastAsLongAsThePushServiceAsks() throws Exception {
        UUID subscription = subscribe("/push/busy", new PushServiceStub.Device());
        pushService.answer("/push/busy", 429, 600);

        tx.executeWithoutResult(s -> notifier.notifyUser(client.id(), NotificationKind.REMINDER, "/client/habits"));
        Instant now = Instant.now();
        dispatcher.dispatchDue(now);

        assertThat(pendingFor(subscription)).isOne();
        assertThat(nextAttempt(subscription))
                .isAfterOrEqualTo(now.plusSeconds(600).truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void anotherClientErrorIsNotRetriedButRecordedOnTheDevice() throws Exception {
        UUID subscription = subscribe("/push/refused", new PushServiceStub.Device());
        pushService.answer("/push/refused", 400);

        tx.executeWithoutResult(s -> notifier.notifyUser(client.id(), NotificationKind.REMINDER, "/client/habits"));
        Instant now = Instant.now();
        dispatcher.dispatchDue(now);
        dispatcher.dispatchDue(now.plus(Duration.ofHours(2)));

        assertThat(pushService.received()).hasSize(1);
        assertThat(exists(subscription)).isTrue();
        assertThat(pendingFor(subscription)).isZero();
        assertThat(jdbc.sql("SELECT last_failure FROM push_subscription WHERE id = :id")
                        .param("id", subscription)
                        .query(String.class)
                        .single())
                .isEqualTo("HTTP 400");
    }

    @Test
    void twoNodesDispatchingAtOnceSendEachPushOnce() throws Exception {
        for (int i = 0; i < 12; i++) {
            subscribe("/push/n" + i, new PushServiceStub.Device());
        }
        tx.executeWithoutResult(s -> notifier.notifyUser(client.id(), NotificationKind.REMINDER, "/client/habits"));
        tx.executeWithoutResult(s -> notifier.notifyUser(client.id(), NotificationKind.REMINDER, "/client/habits"));

        Instant now = Instant.now();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<Integer>> rounds = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            rounds.add(nodes.submit(() -> {
                start.await();
                return dispatcher.dispatchDue(now);
            }));
        }
        int attempted = 0;
        for (Future<Integer> round : rounds) {
            attempted += round.get();
        }
        nodes.shutdown();

        assertThat(attempted).isEqualTo(24);
        assertThat(pushService.received()).hasSize(24);
        for (int i = 0; i < 12; i++) {
            assertThat(pushService.receivedAt("/push/n" + i)).hasSize(2);
        }
    }

    @Test
    void aPausedAccountGetsNoPushButKeepsItsInAppNotification() throws Exception {
        UUID subscription = subscribe("/push/paused", new PushServiceStub.Device());
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id = :id")
                .param("id", client.id().value())
                .update();

        tx.executeWithoutResult(s -> notifier.notifyUser(client.id(), NotificationKind.REMINDER, "/client/habits"));

        assertThat(pendingFor(subscription)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :id")
                        .param("id", client.id().value())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void aTestGoesToEveryDeviceThroughTheSameOutbox() throws Exception {
        PushServiceStub.Device phone = new PushServiceStub.Device();
        subscribe("/push/test", phone);

        assertThat(subscriptions.sendTest(client.id(), client.practiceId(), "/client/habits"))
                .isOne();
        dispatcher.dispatchDue(Instant.now());

        assertThat(phone.decrypt(pushService.receivedAt("/push/test").get(0).body()))
                .contains("This is a test from")
                .contains("\"url\":\"/client/habits\"");
    }

    @Test
    void theVapidKeyIsKeptInTheDatabaseWithItsPrivateHalfEncrypted() {
        var row = jdbc.sql("SELECT public_key, private_key FROM push_vapid_key")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
        assertThat(row.get(0)).isEqualTo(vapid.publicKey());
        assertThat(Base64.getUrlDecoder().decode(row.get(0))).hasSize(65);
        // FieldCipher's stored form names its key; a raw key would be 43 base64url characters
        assertThat(row.get(1)).startsWith("enc:").contains(":test-2:").hasSizeGreaterThan(60);
    }

    private UUID subscribe(String path, PushServiceStub.Device device) {
        return subscriptions.subscribe(
                client,
                pushService.endpoint(path),
                device.p256dh(),
                device.auth(),
                "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36");
    }

    private boolean exists(UUID subscription) {
        return jdbc.sql("SELECT COUNT(*) FROM push_subscription WHERE id = :id")
                        .param("id", subscription)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private long pendingFor(UUID subscription) {
        return jdbc.sql("SELECT COUNT(*) FROM push_delivery WHERE subscription_id = :id")
                .param("id", subscription)
                .query(Long.class)
                .single();
    }

    private Instant nextAttempt(UUID subscription) {
        return jdbc.sql("SELECT next_attempt_at FROM push_delivery WHERE subscription_id = :id")
                .param("id", subscription)
                .query((rs, n) -> SqlTimes.instant(rs, 1))
                .single();
    }

    private Instant lastSuccess(UUID subscription) {
        return jdbc.sql("SELECT last_success_at FROM push_subscription WHERE id = :id")
                .param("id", subscription)
                .query((rs, n) -> SqlTimes.instant(rs, 1))
                .single();
    }

    private Instant lastFailureAt(UUID subscription) {
        return jdbc.sql("SELECT last_failure_at FROM push_subscription WHERE id = :id")
                .param("id", subscription)
                .query((rs, n) -> SqlTimes.instant(rs, 1))
                .single();
    }
}
