package app.tandem.fuzz;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seeded fuzzing over the JSON API and the forms, through the real server (Tomcat parses bodies,
 * multipart and percent-encoding as in production): wrong types, huge strings, Unicode edge cases,
 * NUL, negative and overflowing numbers, missing and duplicated fields, wrong content types. Any 5xx
 * fails the test, and check-ins are stored exactly for the requests that answered 201.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class BadInputFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20_261_129L);
    static final int ROUNDS = Integer.getInteger("fuzz.rounds", 40);

    static final String[] STRINGS = {
        "",
        " ",
        "a".repeat(10_000),
        "\u0000",
        "nul\u0000byte",
        "%zz",
        "%",
        "%00",
        "ünïcödé",
        "\u202Eright-to-left",
        "\uD83D\uDE00\uD83D\uDE00",
        "\uFEFF",
        "null",
        "-1",
        "0",
        "99999999999999999999",
        "-2147483649",
        "1e309",
        "NaN",
        "+999999999-12-31",
        "-999999999-01-01",
        "2026-02-30",
        "9999-12-31T23:59:59",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "calm",
        "work"
    };

    static final String[] JSON_VALUES = {
        "null",
        "true",
        "-1",
        "0",
        "3",
        "99999999999999999999999",
        "1.5",
        "-1e400",
        "\"\"",
        "\"x\"",
        "\"\\u0000\"",
        "[]",
        "[null]",
        "{}",
        "[\"calm\",\"calm\"]",
        "[1,2,3]",
        "\"+999999999-12-31T00:00:00Z\""
    };

    static final String[] CHECKIN_FIELDS = {
        "mood", "anxiety", "sleepHours", "sleepQuality", "energy", "emotions", "tags", "note", "recordedAt"
    };

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    final Random random = new Random(SEED);
    final List<String> failures = new ArrayList<>();
    int created;

    @AfterEach
    void forgetSignInFailures() {
        // the fuzzer signs in from loopback with wrong passwords; other tests sign in from there too
        jdbc.sql("DELETE FROM attempt_limit").update();
    }

    @Test
    void noRequestAnswersWithAServerError() throws Exception {
        var practice = data.aPractice();
        CurrentUser admin = data.anAdmin(practice);
        CurrentUser therapist = data.aTherapist(practice);
        CurrentUser apiClient = data.aClientOf(therapist);
        CurrentUser formClient = data.aClientOf(therapist);
        String token = apiToken(apiClient);
        Session client = signIn(formClient);
        Session staff = signIn(therapist);
        Session boss = signIn(admin);
        Session anonymous = new Session(http(), null);

        for (int round = 0; round < ROUNDS; round++) {
            fuzzCheckInApi(token);
            fuzzApiQueries(token);
            fuzzMeasureApi(token);
            fuzzAuthApi();
            fuzzForm(client, "/client/checkins", CHECKIN_FIELDS);
            fuzzForm(client, "/client/journal/new", "title", "body", "submitToken");
            fuzzForm(client, "/client/measures/phq9", "item1", "item2", "item9", "token", "assignment", "finish");
            fuzzForm(client, "/client/safety/check", "wishDead", "thoughts", "alert", "submitToken");
            fuzzForm(client, "/settings/session", "minutes");
            fuzzForm(
                    staff,
                    "/therapist/clients/" + pick(ids(formClient)) + "/measures/assignments",
                    "instrument",
                    "recurrence",
                    "interval",
                    "start",
                    "windowDays");
            fuzzForm(boss, "/admin/practice/rota", "therapist", "startsAt", "endsAt");
            fuzzForm(anonymous, "/password/forgot", "email");
            fuzzPaths(client, staff);
        }
        parallelFormPostsInOneSession(client);

        assertThat(failures).as("requests answered with 5xx (seed %d)", SEED).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM checkin WHERE client_id = ?")
                        .param(apiClient.id().value())
                        .query(Integer.class)
                        .single())
                .as("check-in rows for the API client = 201 answers: no partial rows")
                .isEqualTo(created);
    }

    private void fuzzCheckInApi(String token) throws Exception {
        String body = jsonObject(CHECKIN_FIELDS);
        String key = random.nextInt(4) == 0 ? pick(STRINGS) : UUID.randomUUID().toString();
        HttpRequest.Builder request = api("/api/v1/checkins", token)
                .header("Content-Type", contentType())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (random.nextBoolean() && key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            request.header("Idempotency-Key", key.isEmpty() ? "k" : key.substring(0, Math.min(200, key.length())));
        }
        int status = send(request.build(), "POST /api/v1/checkins " + abbreviate(body));
        if (status == 201) {
            created++;
        }
    }

    private void fuzzApiQueries(String token) throws Exception {
        send(
                api("/api/v1/checkins?from=" + enc(pick(STRINGS)) + "&to=" + enc(pick(STRINGS)), token)
                        .GET()
                        .build(),
                "GET /api/v1/checkins");
        send(
                api("/api/v1/checkins/trends?days=" + enc(pick(STRINGS)), token)
                        .GET()
                        .build(),
                "GET trends");
        send(api("/api/v1/alerts?status=" + enc(pick(STRINGS)), token).GET().build(), "GET alerts");
        send(
                api("/api/v1/measures/" + enc(pick(STRINGS)) + "/responses", token)
                        .GET()
                        .build(),
                "GET measures");
    }

    private void fuzzMeasureApi(String token) throws Exception {
        String body = random.nextBoolean()
                ? "{\"answers\":" + pick(JSON_VALUES) + ",\"unscoredAnswers\":" + pick(JSON_VALUES) + "}"
                : "{\"answers\":[" + randomInts(9) + "],\"unscoredAnswers\":{\"difficulty\":" + pick(JSON_VALUES)
                        + "}}";
        HttpRequest.Builder request = api(
                        "/api/v1/measures/" + (random.nextBoolean() ? "phq9" : "gad7") + "/responses", token)
                .header("Content-Type", contentType())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (random.nextBoolean()) {
            request.header("Idempotency-Key", "fuzz-" + random.nextInt(5));
        }
        send(request.build(), "POST measures " + abbreviate(body));
    }

    private void fuzzAuthApi() throws Exception {
        // malformed bodies only: wrong passwords from loopback would pause other tests' sign-ins
        String body = random.nextBoolean() ? "{\"email\":" + pick(JSON_VALUES) + "}" : pick(STRINGS);
        send(
                HttpRequest.newBuilder(uri("/api/v1/auth/tokens"))
                        .header("Content-Type", contentType())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                "POST tokens " + abbreviate(body));
    }

    private void fuzzForm(Session session, String path, String... fields) throws Exception {
        StringBuilder form = new StringBuilder();
        if (session.csrf() != null) {
            form.append("_csrf=").append(enc(session.csrf()));
        }
        for (String field : fields) {
            int copies = random.nextInt(5) == 0 ? 0 : random.nextInt(6) == 0 ? 2 + random.nextInt(100) : 1;
            for (int i = 0; i < copies; i++) {
                String value = pick(STRINGS);
                // now and then a raw, invalidly encoded value, as a broken client would send
                form.append('&').append(field).append('=').append(random.nextInt(8) == 0 ? value : enc(value));
            }
        }
        String contentType = random.nextInt(6) == 0
                ? pick(new String[] {"multipart/form-data", "text/plain", "application/json"})
                : "application/x-www-form-urlencoded";
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build();
        send(session.http(), request, "POST " + path + " (" + contentType + ") " + abbreviate(form.toString()));
    }

    private void fuzzPaths(Session client, Session staff) throws Exception {
        String id = enc(pick(STRINGS));
        for (String path : List.of(
                "/client/measures/responses/" + id + "/correct",
                "/client/journal/" + id + "/share",
                "/therapist/alerts/" + id + "/acknowledgements",
                "/notifications/" + id + "/read",
                "/settings/tokens/" + id + "/revoke")) {
            Session session = path.startsWith("/therapist") ? staff : client;
            send(
                    session.http(),
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(session.csrf())))
                            .build(),
                    "POST " + path);
        }
        send(
                client.http(),
                HttpRequest.newBuilder(uri("/client/checkins?day=" + id)).GET().build(),
                "GET checkins");
    }

    /** The same form posted many times at once in one session: each answer a success or a 4xx. */
    private void parallelFormPostsInOneSession(Session client) throws Exception {
        String form = "_csrf=" + enc(client.csrf()) + "&mood=5&token=" + UUID.randomUUID();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(client.http()
                    .sendAsync(
                            HttpRequest.newBuilder(uri("/client/checkins"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()));
        }
        for (var answer : answers) {
            int status = answer.get().statusCode();
            if (status >= 500) {
                failures.add(status + " parallel POST /client/checkins");
            }
        }
    }

    private String jsonObject(String[] fields) {
        if (random.nextInt(10) == 0) {
            return pick(STRINGS); // not JSON at all
        }
        StringBuilder json = new StringBuilder("{");
        for (String field : fields) {
            if (random.nextInt(3) == 0) {
                continue; // missing
            }
            int copies = random.nextInt(8) == 0 ? 2 : 1; // duplicated
            for (int i = 0; i < copies; i++) {
                json.append(json.length() > 1 ? "," : "")
                        .append('"')
                        .append(field)
                        .append("\":");
                json.append(valueFor(field));
            }
        }
        return json.append('}').toString();
    }

    private String valueFor(String field) {
        int choice = random.nextInt(4);
        if (choice == 0) {
            return pick(JSON_VALUES);
        }
        if (choice == 1) {
            return "\"" + jsonEscape(pick(STRINGS)) + "\"";
        }
        if (field.equals("emotions") || field.equals("tags")) {
            return "[" + String.join(",", java.util.Collections.nCopies(random.nextInt(120), "\"calm\"")) + "]";
        }
        return String.valueOf(random.nextInt(30) - 10);
    }

    private int send(HttpRequest request, String what) throws Exception {
        return send(http(), request, what);
    }

    private int send(HttpClient http, HttpRequest request, String what) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            failures.add(response.statusCode() + " " + what);
        }
        return response.statusCode();
    }

    private HttpRequest.Builder api(String path, String token) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private String contentType() {
        return random.nextInt(8) == 0
                ? pick(new String[] {
                    "text/plain", "multipart/form-data", "application/xml", "application/json; charset=x-unknown"
                })
                : "application/json";
    }

    private String randomInts(int n) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(String.valueOf(random.nextInt(8) - 2));
        }
        return String.join(",", values);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String[] ids(CurrentUser user) {
        return new String[] {user.id().toString(), "nope", UUID.randomUUID().toString()};
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String jsonEscape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        String safe = text.replace("\u0000", "\\0");
        return safe.length() > 120 ? safe.substring(0, 120) + "..." : safe;
    }

    private static HttpClient http() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private String apiToken(CurrentUser user) throws Exception {
        HttpResponse<String> response = http().send(
                        HttpRequest.newBuilder(uri("/api/v1/auth/tokens"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + user.email()
                                        + "\",\"password\":\"" + TestData.PASSWORD + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).as(response.body()).isTrue();
        return token.group(1);
    }

    private Session signIn(CurrentUser user) throws Exception {
        HttpClient http = http();
        String login = http.send(
                        HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf(login)) + "&email="
                                + enc(user.email()) + "&password=" + enc(TestData.PASSWORD)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String settings = http.send(
                        HttpRequest.newBuilder(uri("/settings")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        return new Session(http, csrf(settings));
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    record Session(HttpClient http, String csrf) {}
}
