package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class TokenApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void issuesATokenThatIdentifiesTheCallerAndIsStoredOnlyAsAHash() throws Exception {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        String body = mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + client.email() + "\",\"password\":\"" + TestData.PASSWORD + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.expiresAt").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = JsonPath.read(body, "$.token");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(client.id().toString()))
                .andExpect(jsonPath("$.role").value("CLIENT"))
                .andExpect(jsonPath("$.practice").value(client.practiceId().toString()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?")
                        .param(token)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aRevokedTokenNoLongerWorksEvenRightAfterItWasUsed() throws Exception {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        String body = mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"email\":\"" + therapist.email() + "\",\"password\":\"" + TestData.PASSWORD + "\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = JsonPath.read(body, "$.token");
        String id = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM api_token WHERE user_id = ?")
                .param(therapist.id().value())
                .query(String.class)
                .single();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()); // now cached on this node

        mvc.perform(post("/settings/tokens/{id}/revoke", id).with(csrf()).with(SignedIn.as(therapist)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void badBodiesNameTheFieldAndWrongPasswordsAreRefused() throws Exception {
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"nope\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("password")));
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"nobody@test.tandem\",\"password\":\"whatever it is\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("That email and password do not match an account."));
    }
}
