package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.PushServiceStub;
import app.tandem.testing.TestData;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Phone notifications on the client's habits page, on a phone-sized screen: the section says what this browser can
 * do, lists a device subscribed through the page's API, sends it a test through the outbox (to a push service on this
 * computer that decrypts it) and removes it; axe on each state. A real subscribe needs the browser vendor's push
 * service, which is not reachable here, so the browser's own subscribe is not exercised.
 */
class PushNotificationsJourneyTest extends BrowserTest {

    private static final String SUBSCRIBE = """
            ([endpoint, p256dh, auth]) => fetch('/notifications/push-subscriptions', {
              method: 'POST',
              credentials: 'same-origin',
              headers: {
                'Content-Type': 'application/json',
                [document.querySelector('meta[name="_csrf_header"]').content]:
                    document.querySelector('meta[name="_csrf"]').content
              },
              body: JSON.stringify({ endpoint: endpoint, expirationTime: null, keys: { p256dh: p256dh, auth: auth } })
            }).then(r => r.status)""";

    @Test
    void aClientSeesTheirDeviceSendsItATestAndRemovesIt() throws Exception {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        context.grantPermissions(List.of("notifications"));
        signIn(client.email(), TestData.PASSWORD);
        open("/client/habits");

        assertThat(page.locator("#push h2")).hasText("Phone notifications");
        assertThat(page.locator("#push-needs-script")).isHidden();
        assertThat(page.locator("#push-enable")).isVisible();
        assertThat(page.locator("#push-iphone")).containsText("Add to Home Screen");
        assertThat(page.locator("#push-no-devices")).isVisible();
        check("push-settings-empty");

        try (PushServiceStub pushService = new PushServiceStub()) {
            PushServiceStub.Device device = new PushServiceStub.Device();
            Object status = page.evaluate(
                    SUBSCRIBE, List.of(pushService.endpoint("/push/phone"), device.p256dh(), device.auth()));
            assertThat(((Number) status).intValue()).isEqualTo(201);

            page.reload();
            assertThat(page.locator("#push-devices li")).hasCount(1);
            assertThat(page.locator("#push-devices")).containsText("Chrome on Linux");
            assertThat(page.locator("#push-devices")).containsText("nothing sent yet");
            // this browser has no subscription of its own (it never subscribed): still offered to turn them on
            assertThat(page.locator("#push-enable")).isVisible();
            assertThat(page.locator(".push-this-device")).isHidden();
            check("push-settings-device");

            page.locator("#push-test").click();
            assertThat(page.locator(".flash")).hasText("A test is on its way to your device.");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !pushService.received().isEmpty());
            assertThat(device.decrypt(pushService.received().get(0).body()))
                    .startsWith("{\"title\":\"Tandem\",\"body\":\"This is a test from ");

            for (int i = 0; i < 40 && !page.locator("#push-devices").innerText().contains("Last delivered"); i++) {
                page.waitForTimeout(250);
                page.reload();
            }
            assertThat(page.locator("#push-devices")).containsText("Last delivered");
            check("push-settings-delivered");

            page.locator("#push-devices button", new Page.LocatorOptions().setHasText("Remove"))
                    .click();
            assertThat(page.locator(".flash")).hasText("Device removed. It gets no more notifications from Tandem.");
            assertThat(page.locator("#push-no-devices")).isVisible();
            assertThat(page.locator("#push-test")).hasCount(0);
        }
    }

    @Test
    void theServiceWorkerShowsAPushWithTheAppIconAndKeepsItsLinkInsideTandem() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        context.grantPermissions(List.of("notifications"));
        signIn(client.email(), TestData.PASSWORD);
        open("/client/habits");
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");

        // Chromium's DevTools protocol delivers a push message to the worker as a push service would
        CDPSession devTools = context.newCDPSession(page);
        List<String> registrations = new CopyOnWriteArrayList<>();
        devTools.on(
                "ServiceWorker.workerRegistrationUpdated",
                event -> event.getAsJsonArray("registrations").forEach(r -> {
                    JsonObject registration = r.getAsJsonObject();
                    if (registration.get("scopeURL").getAsString().equals(url("/"))) {
                        registrations.add(registration.get("registrationId").getAsString());
                    }
                }));
        devTools.send("ServiceWorker.enable");
        for (int i = 0; i < 40 && registrations.isEmpty(); i++) {
            page.waitForTimeout(100);
        }
        assertThat(registrations).isNotEmpty();

        push(
                devTools,
                registrations.get(0),
                "{\"title\":\"Tandem\",\"body\":\"You have a reminder from Harbor Lane.\","
                        + "\"url\":\"/client/habits?reminder=r1\"}");
        push(
                devTools,
                registrations.get(0),
                "{\"title\":\"Tandem\",\"body\":\"Elsewhere\",\"url\":\"https://evil.example/x\"}");

        String shown = "() => navigator.serviceWorker.ready.then(r => r.getNotifications()).then(ns => ns.map(n =>"
                + " n.title + '|' + n.body + '|' + n.icon + '|' + n.data.url))";
        List<Object> notifications = List.of();
        for (int i = 0; i < 40 && notifications.size() < 2; i++) {
            page.waitForTimeout(100);
            notifications = new java.util.ArrayList<>((List<?>) page.evaluate(shown));
        }
        assertThat(notifications)
                .containsExactlyInAnyOrder(
                        "Tandem|You have a reminder from Harbor Lane.|" + url("/images/icon-192.png") + "|"
                                + url("/client/habits?reminder=r1"),
                        "Tandem|Elsewhere|" + url("/images/icon-192.png") + "|" + url("/"));
        devTools.detach();
    }

    private void push(CDPSession devTools, String registration, String data) {
        JsonObject message = new JsonObject();
        message.addProperty("origin", url(""));
        message.addProperty("registrationId", registration);
        message.addProperty("data", data);
        devTools.send("ServiceWorker.deliverPushMessage", message);
    }

    @Test
    void withoutJavaScriptTheSectionSaysWhatTurningThemOnNeeds() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        BrowserContext plain = newContext(false);
        page = plain.newPage();
        signIn(client.email(), TestData.PASSWORD);
        open("/client/habits");

        assertThat(page.locator("#push-needs-script")).isVisible();
        assertThat(page.locator("#push-enable")).isHidden();
        assertThat(page.locator("#push-iphone")).isVisible();
        check("push-settings-no-script");
        plain.close();
    }
}
