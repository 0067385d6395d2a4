package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.identity.account.SecretTokens;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A new password (changed or reset) or a pause ends every old credential: tokens and other sessions. */
@TandemIntegrationTest
class CredentialRevocationTest {

    static final String NEW_PASSWORD = "a brand new passphrase 42";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountPauses pauses;

    @Test
    void changingThePasswordSignsOutOtherDevicesAndAppsButNotThisOne() throws Exception {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        String token = apiToken(therapist);
        Cookie thisDevice = signIn(therapist);
        Cookie otherDevice = signIn(therapist);

        mvc.perform(post("/settings/password")
                        .cookie(thisDevice)
                        .with(csrf())
                        .param("currentPassword", TestData.PASSWORD)
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/settings"));

        mvc.perform(get("/settings").cookie(thisDevice)).andExpect(status().isOk());
        assertSignedOut(otherDevice);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        assertThat(emailsTo(therapist, "Your Tandem password was changed")).isEqualTo(1);
    }

    @Test
    void resettingThePasswordSignsOutEverywhereAndRevokesTokens() throws Exception {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        String token = apiToken(client);
        Cookie device = signIn(client);
        String link = resetLinkFor(client);

        mvc.perform(post("/password/reset/{token}", link)
                        .with(csrf())
                        .param("password", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?passwordChanged"));

        assertSignedOut(device);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        assertThat(emailsTo(client, "Your Tandem password was reset")).isEqualTo(1);
    }

    @Test
    void pausingAnAccountSignsItOutEverywhereAndRevokesTokens() throws Exception {
        var practice = data.aPractice();
        CurrentUser admin = data.anAdmin(practice);
        CurrentUser therapist = data.aTherapist(practice);
        String token = apiToken(therapist);
        Cookie device = signIn(therapist);

        assertThat(pauses.pause(admin, therapist.id())).isTrue();

        assertSignedOut(device);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        assertThat(emailsTo(therapist, "Your Tandem account was paused")).isEqualTo(1);
        assertThat(pauses.pause(data.anAdmin(data.aPractice()), therapist.id()))
                .as("an admin of another practice")
                .isFalse();
    }

    private void assertSignedOut(Cookie session) throws Exception {
        mvc.perform(get("/settings").cookie(session)).andExpect(status().is3xxRedirection());
    }

    private Cookie signIn(CurrentUser user) throws Exception {
        var response = mvc.perform(
                        post("/login").with(csrf()).param("email", user.email()).param("password", TestData.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        // TANDEM_SESSION on the embedded server; MockMvc has no server, so Spring Session's default name
        Cookie cookie = response.getCookie("TANDEM_SESSION") != null
                ? response.getCookie("TANDEM_SESSION")
                : response.getCookie("SESSION");
        assertThat(cookie).isNotNull();
        mvc.perform(get("/settings").cookie(cookie)).andExpect(status().isOk());
        return cookie;
    }

    private String apiToken(CurrentUser user) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + user.email() + "\",\"password\":\"" + TestData.PASSWORD + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private String resetLinkFor(CurrentUser user) {
        String token = SecretTokens.newToken("");
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO password_reset (id, user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), user.id().value(), SecretTokens.hash(token), now, now.plusHours(1))
                .update();
        return token;
    }

    private int emailsTo(CurrentUser user, String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM outbound_email WHERE to_address = ? AND subject = ?")
                .params(user.email(), subject)
                .query(Integer.class)
                .single();
    }
}
