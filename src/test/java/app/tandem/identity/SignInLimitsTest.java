package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.identity.password.PasswordResets;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Guessing is slowed per address and per email+address; the owner is never locked out from elsewhere. */
@TandemIntegrationTest
class SignInLimitsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordResets resets;

    @Test
    void failuresFromOneAddressDoNotLockTheOwnerOutFromAnother() throws Exception {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        String attacker = randomAddress();
        for (int i = 0; i < 5; i++) {
            signIn(therapist.email(), "guess " + i, attacker);
        }
        assertThat(signIn(therapist.email(), TestData.PASSWORD, attacker))
                .as("the guesser is paused even with the right password")
                .startsWith("/login?error=paused");
        assertThat(signIn(therapist.email(), TestData.PASSWORD, randomAddress()))
                .as("the owner elsewhere")
                .isEqualTo("/");
    }

    @Test
    void knownAndUnknownEmailsGetTheSameAnswers() throws Exception {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        String address = randomAddress();
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            known.add(signIn(client.email(), "wrong " + i, address).replaceAll("seconds=\\d+", "seconds=N"));
            unknown.add(signIn("nobody" + address + "@test.tandem", "wrong " + i, address)
                    .replaceAll("seconds=\\d+", "seconds=N"));
        }
        assertThat(known).isEqualTo(unknown).contains("/login?error=credentials", "/login?error=paused&seconds=N");
    }

    @Test
    void manyFailuresFromOneAddressPauseItForEveryEmail() throws Exception {
        String address = randomAddress();
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            outcomes.add(signIn("someone" + i + "@test.tandem", "wrong", address));
        }
        assertThat(outcomes.subList(0, 30)).containsOnly("/login?error=credentials");
        assertThat(outcomes.get(34)).startsWith("/login?error=paused");
    }

    @Test
    void aPausedAccountSaysSoOnlyWithTheRightPassword() throws Exception {
        var practice = data.aPractice();
        CurrentUser therapist = data.aTherapist(practice);
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id = ?")
                .param(therapist.id().value())
                .update();
        assertThat(signIn(therapist.email(), "wrong", randomAddress())).isEqualTo("/login?error=credentials");
        assertThat(signIn(therapist.email(), TestData.PASSWORD, randomAddress()))
                .isEqualTo("/login?error=disabled");
    }

    @Test
    void forgotPasswordIsLimitedAndOnlyTheNewestLinkWorks() throws Exception {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        String address = randomAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/password/forgot")
                            .with(csrf())
                            .with(from(address))
                            .param("email", client.email()))
                    .andExpect(status().isOk());
        }
        assertThat(resetEmailsTo(client)).as("three links an hour").isEqualTo(3);
        assertThat(usableLinks(client)).as("only the newest link is alive").isEqualTo(1);

        String crowd = randomAddress();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(mvc.perform(post("/password/forgot")
                            .with(csrf())
                            .with(from(crowd))
                            .param("email", "someone" + i + "@test.tandem"))
                    .andReturn()
                    .getResponse()
                    .getStatus());
        }
        assertThat(statuses.subList(0, 10)).containsOnly(200);
        assertThat(statuses.get(11)).isEqualTo(429);
    }

    private String signIn(String email, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                        .with(csrf())
                        .with(from(address))
                        .param("email", email)
                        .param("password", password))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private int resetEmailsTo(CurrentUser user) {
        return jdbc.sql("SELECT COUNT(*) FROM outbound_email WHERE to_address = ? AND subject = ?")
                .params(user.email(), "Reset your Tandem password")
                .query(Integer.class)
                .single();
    }

    private int usableLinks(CurrentUser user) {
        return jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE user_id = ? AND used_at IS NULL")
                .param(user.id().value())
                .query(Integer.class)
                .single();
    }

    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
