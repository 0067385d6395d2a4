package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.PushServiceStub;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The push subscription API: what a browser's {@code PushSubscription.toJSON()} gives is stored (once per endpoint),
 * anything else is refused with a problem naming the field, and a person removes only their own devices. The same
 * routes answer the page's script under {@code /notifications} with the session and its CSRF token.
 */
@TandemIntegrationTest
class PushSubscriptionApiTest {

    static final String ANDROID_CHROME =
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    CurrentUser client;
    PushServiceStub.Device device;

    @BeforeEach
    void setUp() {
        client = data.aClientOf(data.aTherapist(data.aPractice()));
        device = new PushServiceStub.Device();
    }

    @Test
    void storesABrowsersSubscriptionOnceNamedAfterItsBrowser() throws Exception {
        String endpoint = "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID();
        String id = JsonPath.read(
                subscribe(client, body(endpoint, device.p256dh(), device.auth()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.device").value("Chrome on Android"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        // the browser sends the same subscription again (each time notifications are turned on): still one device
        subscribe(client, body(endpoint, device.p256dh(), device.auth()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id));

        assertThat(devicesOf(client)).isOne();
    }

    @Test
    void aBrowserSharedByTwoAccountsFollowsWhoeverTurnedNotificationsOnLast() throws Exception {
        CurrentUser partner = data.aClientOf(data.aTherapist(data.aPractice()));
        String endpoint = "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID();
        subscribe(client, body(endpoint, device.p256dh(), device.auth())).andExpect(status().isCreated());
        subscribe(partner, body(endpoint, device.p256dh(), device.auth())).andExpect(status().isCreated());

        assertThat(devicesOf(client)).isZero();
        assertThat(devicesOf(partner)).isOne();
    }

    @Test
    void acceptsEachKnownPushService() throws Exception {
        for (String endpoint : new String[] {
            "https://fcm.googleapis.com/wp/abc",
            "https://updates.push.services.mozilla.com/wpush/v2/abc",
            "https://web.push.apple.com/QGx-abc",
            "https://wns2-par02p.notify.windows.com/w/?token=abc"
        }) {
            subscribe(client, body(endpoint, device.p256dh(), device.auth())).andExpect(status().isCreated());
        }
        assertThat(devicesOf(client)).isEqualTo(4);
    }

    @Test
    void refusesAnEndpointTheServerWouldNotSendTo() throws Exception {
        for (String endpoint : new String[] {
            "http://fcm.googleapis.com/fcm/send/abc", // not https
            "https://push.example.com/abc", // not a push service
            "https://fcm.googleapis.com.evil.example/abc", // a look-alike
            "https://10.0.0.1/abc", // an internal address
            "ftp://fcm.googleapis.com/abc",
            "not a url",
            "https://user:pw@fcm.googleapis.com/abc",
            "https://fcm.googleapis.com/" + "a".repeat(1000)
        }) {
            subscribe(client, body(endpoint, device.p256dh(), device.auth()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("endpoint"));
        }
        subscribe(client, "{\"keys\":{\"p256dh\":\"" + device.p256dh() + "\",\"auth\":\"" + device.auth() + "\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endpoint"));
        assertThat(devicesOf(client)).isZero();
    }

    @Test
    void refusesKeysThatAreNotWhatABrowserSends() throws Exception {
        String endpoint = "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID();
        byte[] notOnTheCurve = new byte[65];
        notOnTheCurve[0] = 4;
        notOnTheCurve[64] = 1;
        String[][] bad = {
            {"keys.p256dh", "not*base64", device.auth()},
            {"keys.p256dh", Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[33]), device.auth()},
            {"keys.p256dh", Base64.getUrlEncoder().withoutPadding().encodeToString(notOnTheCurve), device.auth()},
            {
                "keys.auth",
                device.p256dh(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[8])
            },
            {"keys.auth", device.p256dh(), "%%%"},
            {"keys.p256dh", null, device.auth()},
            {"keys.auth", device.p256dh(), null}
        };
        for (String[] c : bad) {
            subscribe(client, body(endpoint, c[1], c[2]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(c[0]));
        }
        subscribe(client, "{\"endpoint\":\"" + endpoint + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("keys.p256dh"));
        subscribe(client, "[1,2").andExpect(status().isBadRequest());
        assertThat(devicesOf(client)).isZero();
    }

    @Test
    void signedOutIsRefused() throws Exception {
        String endpoint = "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID();
        mvc.perform(post("/api/v1/push-subscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(endpoint, device.p256dh(), device.auth())))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/push-subscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"endpoint\":\"" + endpoint + "\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/push/vapid-public-key")).andExpect(status().isUnauthorized());
    }

    @Test
    void aPersonRemovesTheirOwnSubscriptionButNotAnothersByEndpoint() throws Exception {
        CurrentUser other = data.aClientOf(data.aTherapist(data.aPractice()));
        String mine = "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID();
        String theirs = "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID();
        subscribe(client, body(mine, device.p256dh(), device.auth())).andExpect(status().isCreated());
        subscribe(other, body(theirs, device.p256dh(), device.auth())).andExpect(status().isCreated());

        unsubscribe(client, theirs)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(devicesOf(other)).isOne();

        unsubscribe(client, mine).andExpect(status().isNoContent());
        assertThat(devicesOf(client)).isZero();
        unsubscribe(client, mine).andExpect(status().isNotFound());
    }

    @Test
    void aPersonRemovesOnlyTheirOwnDeviceFromTheList() throws Exception {
        CurrentUser other = data.aClientOf(data.aTherapist(data.aPractice()));
        subscribe(
                        other,
                        body(
                                "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID(),
                                device.p256dh(),
                                device.auth()))
                .andExpect(status().isCreated());
        UUID theirs = jdbc.sql("SELECT id FROM push_subscription WHERE user_id = :u")
                .param("u", other.id().value())
                .query(UUID.class)
                .single();

        mvc.perform(post("/notifications/push/devices/{id}/remove", theirs)
                        .with(SignedIn.as(client))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(devicesOf(other)).isOne();

        mvc.perform(post("/notifications/push/devices/{id}/remove", theirs)
                        .with(SignedIn.as(other))
                        .with(csrf()))
                .andExpect(redirectedUrl("/client/habits#push"))
                .andExpect(flash().attribute("flash", "Device removed. It gets no more notifications from Tandem."));
        assertThat(devicesOf(other)).isZero();
    }

    @Test
    void thePagesScriptSubscribesWithItsSessionAndCsrfToken() throws Exception {
        String endpoint = "https://updates.push.services.mozilla.com/wpush/v2/" + UUID.randomUUID();
        String json = body(endpoint, device.p256dh(), device.auth());

        mvc.perform(post("/notifications/push-subscriptions")
                        .with(SignedIn.as(client))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isForbidden());
        mvc.perform(post("/notifications/push-subscriptions")
                        .with(SignedIn.as(client))
                        .with(csrf())
                        .header(
                                "User-Agent",
                                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.device").value("Firefox on Windows"));
        mvc.perform(post("/notifications/push-subscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(csrf())
                        .content(json))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/client/habits").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Firefox on Windows")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Send me a test")));

        mvc.perform(delete("/notifications/push-subscriptions")
                        .with(SignedIn.as(client))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"endpoint\":\"" + endpoint + "\"}"))
                .andExpect(status().isNoContent());
        assertThat(devicesOf(client)).isZero();
    }

    @Test
    void theVapidPublicKeyIsAP256PointForApplicationServerKey() throws Exception {
        String key = JsonPath.read(
                mvc.perform(get("/api/v1/push/vapid-public-key").with(SignedIn.as(client)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.publicKey");
        byte[] point = Base64.getUrlDecoder().decode(key);
        assertThat(point).hasSize(65);
        assertThat(point[0]).isEqualTo((byte) 4);
    }

    @Test
    void sendMeATestQueuesAPushPerDevice() throws Exception {
        mvc.perform(post("/notifications/push/test").with(SignedIn.as(client)).with(csrf()))
                .andExpect(redirectedUrl("/client/habits#push"))
                .andExpect(flash().attribute("flash", "No device has notifications turned on yet."));
        // this context's dispatcher really sends them: to a push service on this computer, never outside
        try (PushServiceStub pushService = new PushServiceStub()) {
            subscribe(client, body(pushService.endpoint("/push/1"), device.p256dh(), device.auth()));
            subscribe(client, body(pushService.endpoint("/push/2"), device.p256dh(), device.auth()));

            mvc.perform(post("/notifications/push/test")
                            .with(SignedIn.as(client))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/client/habits#push"))
                    .andExpect(flash().attribute("flash", "A test is on its way to your 2 devices."));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> pushService.received().size() == 2);
            assertThat(device.decrypt(pushService.receivedAt("/push/1").get(0).body()))
                    .contains("This is a test");
        }
    }

    private ResultActions subscribe(CurrentUser user, String json) throws Exception {
        return mvc.perform(post("/api/v1/push-subscriptions")
                .with(SignedIn.as(user))
                .header("User-Agent", ANDROID_CHROME)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions unsubscribe(CurrentUser user, String endpoint) throws Exception {
        return mvc.perform(delete("/api/v1/push-subscriptions")
                .with(SignedIn.as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"endpoint\":\"" + endpoint + "\"}"));
    }

    private static String body(String endpoint, String p256dh, String auth) {
        return "{\"endpoint\":" + quoted(endpoint) + ",\"expirationTime\":null,\"keys\":{\"p256dh\":" + quoted(p256dh)
                + ",\"auth\":" + quoted(auth) + "}}";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private long devicesOf(CurrentUser user) {
        return jdbc.sql("SELECT COUNT(*) FROM push_subscription WHERE user_id = :u")
                .param("u", user.id().value())
                .query(Long.class)
                .single();
    }
}
