package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route of the application with every kind of person and proves the access matrix in
 * {@code authorization-matrix/*.tsv} (one file per module). A route missing from the matrix fails the test, so no new
 * route can be forgotten.
 */
@TandemIntegrationTest
class AuthorizationMatrixTest {

    /** Who knocks: the fixture client, their therapist, colleagues, an admin, and another practice. */
    enum Who {
        ANONYMOUS,
        CLIENT,
        OTHER_CLIENT,
        THERAPIST,
        OTHER_THERAPIST,
        ADMIN,
        FOREIGN_THERAPIST
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private final Map<Who, CurrentUser> people = new EnumMap<>(Who.class);

    @BeforeEach
    void people() {
        PracticeId practice = data.aPractice();
        CurrentUser therapist = data.aTherapist(practice);
        people.put(Who.THERAPIST, therapist);
        people.put(Who.CLIENT, data.aClientOf(therapist));
        people.put(Who.OTHER_CLIENT, data.aClientOf(therapist));
        people.put(Who.OTHER_THERAPIST, data.aTherapist(practice));
        people.put(Who.ADMIN, data.anAdmin(practice));
        people.put(Who.FOREIGN_THERAPIST, data.aTherapist(data.aPractice()));
    }

    @Test
    void everyRouteIsInTheMatrix() throws IOException {
        Map<String, Map<Who, Boolean>> matrix = matrix();
        Set<String> routes = routes();
        assertThat(new TreeSet<>(routes))
                .as("routes missing from authorization-matrix/*.tsv")
                .isSubsetOf(matrix.keySet());
        assertThat(new TreeSet<>(matrix.keySet()))
                .as("matrix rows for routes that no longer exist")
                .isSubsetOf(routes);
    }

    @Test
    void everyoneGetsExactlyTheAccessTheMatrixGrants() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Map<Who, Boolean>> row : matrix().entrySet()) {
            String[] route = row.getKey().split(" ", 2);
            for (Who who : Who.values()) {
                boolean allowed = allowed(route[0], route[1], who);
                if (allowed != row.getValue().get(who)) {
                    wrong.add(row.getKey() + " as " + who + ": " + (allowed ? "allowed" : "denied"));
                }
            }
        }
        assertThat(wrong).as("access different from the matrix").isEmpty();
    }

    private boolean allowed(String method, String pattern, Who who) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), url(pattern))
                .with(csrf());
        if (pattern.startsWith("/api/")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}").accept(MediaType.APPLICATION_JSON);
        }
        if (who != Who.ANONYMOUS) {
            request.with(SignedIn.as(people.get(who)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String location = response.getHeader("Location");
        boolean toLogin = status / 100 == 3
                && location != null
                && location.contains("/login")
                && !pattern.equals("/login")
                // the code step of sign-in is public; without a pending sign-in it sends back to the form
                && !pattern.equals("/login/code")
                && !pattern.equals("/logout");
        return status != 401 && status != 403 && !toLogin;
    }

    private String url(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "clientId" -> people.get(Who.CLIENT).id().toString();
                case "area" -> "therapist";
                case "token" -> "not-a-real-token";
                default -> UUID.randomUUID().toString();
            };
            m.appendReplacement(url, value);
        }
        m.appendTail(url);
        return url.toString();
    }

    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("GET " + path);
                } else {
                    methods.forEach(method -> routes.add(method.name() + " " + path));
                }
            }
        }
        return routes;
    }

    private static Map<String, Map<Who, Boolean>> matrix() throws IOException {
        Map<String, Map<Who, Boolean>> matrix = new LinkedHashMap<>();
        Resource[] files =
                new PathMatchingResourcePatternResolver().getResources("classpath*:authorization-matrix/*.tsv");
        assertThat(files).as("authorization matrix files").isNotEmpty();
        for (Resource file : files) {
            String text;
            try (InputStream in = file.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+");
                assertThat(cells).as("matrix line: " + line).hasSize(2 + Who.values().length);
                Map<Who, Boolean> access = new EnumMap<>(Who.class);
                for (Who who : Who.values()) {
                    access.put(who, cells[2 + who.ordinal()].equals("Y"));
                }
                assertThat(matrix.put(cells[0] + " " + cells[1], access))
                        .as("row listed twice: " + line)
                        .isNull();
            }
        }
        return matrix;
    }
}
