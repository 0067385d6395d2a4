package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** X-Forwarded-For is believed only from configured proxies: by default from nobody. */
class ForwardedHeadersTest {

    static final int ATTEMPTS = 14;

    @Nested
    @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
    class ByDefault {

        @LocalServerPort
        int port;

        @Test
        void aForgedForwardedForDoesNotEscapeTheSignInLimit() throws Exception {
            assertThat(signInAttemptsWithForgedAddresses(port)).contains(429);
        }
    }

    @Nested
    @SpringBootTest(
            webEnvironment = WebEnvironment.RANDOM_PORT,
            properties = "server.tomcat.remoteip.internal-proxies=127.0.0.0/8, ::1/128")
    class BehindATrustedProxy {

        @LocalServerPort
        int port;

        @Test
        void eachForwardedClientHasItsOwnLimit() throws Exception {
            assertThat(signInAttemptsWithForgedAddresses(port)).doesNotContain(429);
        }
    }

    static List<Integer> signInAttemptsWithForgedAddresses(int port) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        {
            for (int i = 0; i < ATTEMPTS; i++) {
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/auth/tokens"))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", "198.51.100." + (i + 1))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"nobody" + i
                                + "@test.tandem\",\"password\":\"wrong password " + i + "\"}"))
                        .build();
                statuses.add(http.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode());
            }
        }
        return statuses;
    }
}
