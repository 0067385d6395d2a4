package app.tandem.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.shared.web.PublicAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The small pure parts of Web Push: device names, the VAPID audience and contact, which answers retry. */
class PushPartsTest {

    @Test
    void namesADeviceAfterItsBrowserAndSystem() {
        assertThat(
                        DeviceLabels.of(
                                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"))
                .isEqualTo("Safari on iPhone");
        assertThat(
                        DeviceLabels.of(
                                "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"))
                .isEqualTo("Chrome on Android");
        assertThat(
                        DeviceLabels.of(
                                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0"))
                .isEqualTo("Edge on Windows");
        assertThat(DeviceLabels.of(
                        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Firefox/128.0"))
                .isEqualTo("Firefox on Mac");
        assertThat(DeviceLabels.of(null)).isEqualTo("A device");
        assertThat(DeviceLabels.of("okhttp/4.12")).isEqualTo("A device");
    }

    @Test
    void theAudienceIsTheEndpointsOriginWithAPortOnlyWhenItIsNotTheDefault() {
        assertThat(VapidKeys.origin(URI.create("https://fcm.googleapis.com/fcm/send/abc")))
                .isEqualTo("https://fcm.googleapis.com");
        assertThat(VapidKeys.origin(URI.create("https://Web.Push.Apple.com:443/x")))
                .isEqualTo("https://web.push.apple.com");
        assertThat(VapidKeys.origin(URI.create("http://127.0.0.1:8089/push/1"))).isEqualTo("http://127.0.0.1:8089");
    }

    @Test
    void theContactIsTheConfiguredOneOrTheHttpsSiteOrTheSenderAddress() {
        assertThat(VapidKeys.subject("mailto:admin@clinic.example", "https://tandem.clinic.example", ""))
                .isEqualTo("mailto:admin@clinic.example");
        assertThat(VapidKeys.subject(
                        "",
                        new PublicAddress("https://tandem.clinic.example/").base(),
                        "Tandem <no-reply@clinic.example>"))
                .isEqualTo("https://tandem.clinic.example");
        assertThat(VapidKeys.subject("", "http://localhost:8080", "Tandem <no-reply@tandem.local>"))
                .isEqualTo("mailto:no-reply@tandem.local");
        assertThat(VapidKeys.subject("", "http://localhost:8080", "")).isEqualTo("mailto:no-reply@tandem.local");
    }

    @Test
    void goneDeletesTooManyOrServerErrorsRetryOtherClientErrorsGiveUp() {
        assertThat(PushDispatcher.outcome(201)).isEqualTo(PushDispatcher.Outcome.SENT);
        assertThat(PushDispatcher.outcome(404)).isEqualTo(PushDispatcher.Outcome.GONE);
        assertThat(PushDispatcher.outcome(410)).isEqualTo(PushDispatcher.Outcome.GONE);
        assertThat(PushDispatcher.outcome(429)).isEqualTo(PushDispatcher.Outcome.RETRY);
        assertThat(PushDispatcher.outcome(503)).isEqualTo(PushDispatcher.Outcome.RETRY);
        assertThat(PushDispatcher.outcome(0)).as("no answer").isEqualTo(PushDispatcher.Outcome.RETRY);
        assertThat(PushDispatcher.outcome(400)).isEqualTo(PushDispatcher.Outcome.REFUSED);
        assertThat(PushDispatcher.outcome(403)).isEqualTo(PushDispatcher.Outcome.REFUSED);
        assertThat(PushDispatcher.outcome(413)).isEqualTo(PushDispatcher.Outcome.REFUSED);
    }

    @Test
    void anEmptyHostSettingMeansTheKnownPushServices() {
        assertThat(new PushProperties("", java.util.List.of(""), false, null, null).endpointHosts())
                .contains("fcm.googleapis.com", "push.apple.com");
        assertThat(new PushProperties("", java.util.List.of(" push.example.org "), false, null, null).endpointHosts())
                .containsExactly("push.example.org");
    }
}
