package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.TestData;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** No request content reaches a log, and risk levels are logged with alert ids, never client ids. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "logging.level.root=INFO")
@Import(TestData.class)
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest {

    static final String SECRET = "my-private-journal-words";

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void requestValuesAreNeverLogged(CapturedOutput output) throws Exception {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String csrf = signIn(http, client);
        // invalid %-encoding in a free-text field, as a broken client would send it
        post(http, "/client/journal/new", "_csrf=" + csrf + "&title=t&body=" + SECRET + "%zz%&submitToken=x");
        // a value that does not convert to the parameter's type
        post(http, "/settings/session", "_csrf=" + csrf + "&minutes=" + SECRET);
        post(http, "/client/checkins", "_csrf=" + csrf + "&mood=" + SECRET + "&note=" + SECRET + "%zz");

        assertThat(output.getAll()).doesNotContain(SECRET);
    }

    private HttpResponse<String> post(HttpClient http, String path, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String signIn(HttpClient http, CurrentUser user) throws Exception {
        String login = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        post(
                http,
                "/login",
                "_csrf=" + csrf(login) + "&email=" + URLEncoder.encode(user.email(), StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8));
        String settings = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/settings"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return csrf(settings);
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    @Test
    void aRaisedAlertIsLoggedByItsIdNotByTheClient(CapturedOutput output) throws Exception {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        String token = apiToken(client);
        HttpResponse<String> saved = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/checkins"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"mood\":1,\"note\":\"i can't take it anymore\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).isEqualTo(201);

        assertThat(output.getAll()).containsPattern("Alert [0-9a-f-]{36} raised \\(");
        assertThat(output.getAll().lines().filter(line -> line.contains("raised")))
                .noneMatch(line -> line.contains(client.id().toString()));
    }

    private String apiToken(CurrentUser user) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/tokens"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + user.email()
                                        + "\",\"password\":\"" + TestData.PASSWORD + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
