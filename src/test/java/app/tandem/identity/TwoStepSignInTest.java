package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.identity.mfa.SecondFactors;
import app.tandem.identity.mfa.Totp;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Two-step sign-in: enrolment, the code step on the web and the token API, recovery codes, and the practice rule. */
@TandemIntegrationTest
class TwoStepSignInTest {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z0-9]{5}-[a-z0-9]{5})</code>");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecondFactors factors;

    @Autowired
    Practices practices;

    @Test
    void enrolmentShowsAQrCodeAndTheKeyAndTurnsOnOnlyWithARightCode() throws Exception {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        String page = mvc.perform(get("/settings/mfa").with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("src=\"data:image/png;base64,");
        String secret = secretOn(page);
        String stored = jdbc.sql("SELECT secret FROM user_totp WHERE user_id = ?")
                .param(therapist.id().value())
                .query(String.class)
                .single();
        assertThat(stored).as("stored encrypted").doesNotContain(secret.replace(" ", ""));

        String wrong = mvc.perform(post("/settings/mfa/confirm")
                        .with(SignedIn.as(therapist))
                        .with(csrf())
                        .param("code", otherThan(Totp.codeAt(secret, Instant.now()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(wrong).contains("That code did not work");
        assertThat(factors.isOn(therapist.id())).isFalse();

        List<String> codes = confirm(therapist, secret);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(factors.isOn(therapist.id())).isTrue();
        List<String> hashes = jdbc.sql("SELECT code_hash FROM user_recovery_code WHERE user_id = ?")
                .param(therapist.id().value())
                .query(String.class)
                .list();
        assertThat(hashes).hasSize(10).noneMatch(h -> codes.stream().anyMatch(c -> h.contains(c.replace("-", ""))));
        assertThat(mvc.perform(get("/settings/mfa").with(SignedIn.as(therapist)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the recovery codes are never shown again")
                .doesNotContain(codes.get(0))
                .contains("Unused recovery codes: 10.");
    }

    @Test
    void aRightPasswordGrantsNothingUntilTheCodeAndAUsedCodeIsRefused() throws Exception {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        String secret = enrol(client);
        String address = randomAddress();

        Browser session = passwordStep(client, address);
        mvc.perform(session.send(get("/settings"))).andExpect(status().is3xxRedirection());
        assertThat(codeStep(session, otherThan(nextCode(secret)), address)).isEqualTo("/login/code?error");
        mvc.perform(session.send(get("/settings"))).andExpect(status().is3xxRedirection());

        String code = nextCode(secret);
        assertThat(codeStep(session, code, address))
                .as("on to the page asked for before signing in")
                .endsWith("/settings?continue");
        mvc.perform(session.send(get("/settings"))).andExpect(status().isOk());

        Browser again = passwordStep(client, randomAddress());
        assertThat(codeStep(again, code, address)).as("the same code twice").isEqualTo("/login/code?error");
    }

    @Test
    void aRecoveryCodeSignsInOnce() throws Exception {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        String secret = factors.pendingEnrolment(therapist.id(), therapist.email())
                .orElseThrow()
                .secret();
        String recovery = confirm(therapist, secret).get(3);

        Browser first = passwordStep(therapist, randomAddress());
        assertThat(codeStep(first, recovery, randomAddress())).isEqualTo("/");
        Browser second = passwordStep(therapist, randomAddress());
        assertThat(codeStep(second, recovery, randomAddress())).isEqualTo("/login/code?error");
        assertThat(factors.recoveryCodesLeft(therapist.id())).isEqualTo(9);
    }

    @Test
    void wrongCodesCountTowardTheSignInLimits() throws Exception {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        String secret = enrol(therapist);
        String address = randomAddress();
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Browser session = passwordStep(therapist, address);
            outcomes.add(codeStep(session, otherThan(nextCode(secret)), address));
        }
        assertThat(outcomes.get(0)).isEqualTo("/login/code?error");
        assertThat(outcomes.get(2)).startsWith("/login?error=paused");
        assertThat(signIn(therapist, address))
                .as("even the right password is paused")
                .startsWith("/login?error=paused");
    }

    @Test
    void theTokenApiAsksForTheCode() throws Exception {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        String secret = enrol(therapist);
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tokenBody(therapist, null)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.codeRequired").value(true))
                .andExpect(jsonPath("$.token").doesNotExist());
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tokenBody(therapist, otherThan(nextCode(secret)))))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.token").doesNotExist());
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tokenBody(therapist, nextCode(secret))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").exists());
    }

    @Test
    void aPracticeRequiringItSendsStaffToEnrolmentButNotClients() throws Exception {
        PracticeId practice = data.aPractice();
        CurrentUser therapist = data.aTherapist(practice);
        CurrentUser admin = data.anAdmin(practice);
        CurrentUser client = data.aClientOf(therapist);
        mvc.perform(post("/admin/practice/mfa")
                        .with(SignedIn.as(admin))
                        .with(csrf())
                        .param("required", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(practices.mfaRequired(practice)).isTrue();

        MvcResult staff = mvc.perform(post("/login")
                        .with(csrf())
                        .with(from(randomAddress()))
                        .param("email", therapist.email())
                        .param("password", TestData.PASSWORD))
                .andReturn();
        assertThat(staff.getResponse().getRedirectedUrl()).isEqualTo("/settings/mfa");
        Browser session = new Browser();
        session.keep(staff);
        assertThat(mvc.perform(session.send(get("/therapist")))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/settings/mfa");
        assertThat(mvc.perform(session.send(get("/settings")))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/settings/mfa");
        String page = mvc.perform(session.send(get("/settings/mfa")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Your practice requires two-step sign-in");
        mvc.perform(session.send(post("/settings/mfa/confirm"))
                        .with(csrf())
                        .param("code", Totp.codeAt(secretOn(page), Instant.now())))
                .andExpect(status().isOk());
        assertThat(mvc.perform(session.send(get("/settings")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("free to go once enrolled")
                .isEqualTo(200);

        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tokenBody(admin, null)))
                .andExpect(status().isForbidden());
        assertThat(signIn(admin, randomAddress())).isEqualTo("/settings/mfa");
        assertThat(signIn(client, randomAddress()))
                .as("clients are never forced")
                .isEqualTo("/");
    }

    @Test
    void turningItOffNeedsThePasswordAndACode() throws Exception {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        String secret = enrol(client);
        mvc.perform(post("/settings/mfa/off")
                        .with(SignedIn.as(client))
                        .with(csrf())
                        .param("password", "wrong password")
                        .param("code", nextCode(secret)))
                .andExpect(status().isOk());
        assertThat(factors.isOn(client.id())).isTrue();
        mvc.perform(post("/settings/mfa/off")
                        .with(SignedIn.as(client))
                        .with(csrf())
                        .param("password", TestData.PASSWORD)
                        .param("code", nextCode(secret)))
                .andExpect(status().is3xxRedirection());
        assertThat(factors.isOn(client.id())).isFalse();
        assertThat(signIn(client, randomAddress())).isEqualTo("/");
    }

    private String enrol(CurrentUser user) throws Exception {
        String secret =
                factors.pendingEnrolment(user.id(), user.email()).orElseThrow().secret();
        confirm(user, secret);
        return secret;
    }

    private List<String> confirm(CurrentUser user, String secret) throws Exception {
        String page = mvc.perform(post("/settings/mfa/confirm")
                        .with(SignedIn.as(user))
                        .with(csrf())
                        .param("code", Totp.codeAt(secret, Instant.now())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> codes = new ArrayList<>();
        Matcher m = RECOVERY.matcher(page);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /** The code of the next step: accepted (one step of leeway) and not the one used to confirm. */
    private static String nextCode(String secret) {
        return Totp.codeAt(secret, Instant.now().plusSeconds(30));
    }

    private static String otherThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 500_000) % 1_000_000);
    }

    private static String secretOn(String page) {
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("the key is shown as text").isTrue();
        return m.group(1);
    }

    private Browser passwordStep(CurrentUser user, String address) throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .with(csrf())
                        .with(from(address))
                        .param("email", user.email())
                        .param("password", TestData.PASSWORD))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
        Browser browser = new Browser();
        browser.keep(result);
        return browser;
    }

    private String codeStep(Browser session, String code, String address) throws Exception {
        MvcResult result = mvc.perform(session.send(post("/login/code"))
                        .with(csrf())
                        .with(from(address))
                        .param("code", code))
                .andReturn();
        session.keep(result);
        return result.getResponse().getRedirectedUrl();
    }

    private String signIn(CurrentUser user, String address) throws Exception {
        return mvc.perform(post("/login")
                        .with(csrf())
                        .with(from(address))
                        .param("email", user.email())
                        .param("password", TestData.PASSWORD))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private static String tokenBody(CurrentUser user, String code) {
        return "{\"email\":\"" + user.email() + "\",\"password\":\"" + TestData.PASSWORD + "\""
                + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}";
    }

    /** The Spring Session cookie of one browser, renewed when the session id changes. */
    private static final class Browser {
        private Cookie cookie;

        void keep(MvcResult result) {
            Cookie renewed = result.getResponse().getCookie("SESSION");
            if (renewed == null) {
                renewed = result.getResponse().getCookie("TANDEM_SESSION");
            }
            if (renewed != null) {
                cookie = renewed;
            }
        }

        MockHttpServletRequestBuilder send(MockHttpServletRequestBuilder request) {
            return cookie == null ? request : request.cookie(cookie);
        }
    }

    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
