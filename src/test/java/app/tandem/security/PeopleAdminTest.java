package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An admin pauses and reactivates accounts and moves a client to another therapist, audited. */
@TandemIntegrationTest
class PeopleAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pausesAndReactivatesAnAccount() throws Exception {
        var practice = data.aPractice();
        CurrentUser admin = data.anAdmin(practice);
        CurrentUser therapist = data.aTherapist(practice);
        mvc.perform(get("/admin/people").with(SignedIn.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(therapist.email())));

        mvc.perform(post("/admin/people/{id}/pause", therapist.id().value())
                        .with(SignedIn.as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(enabled(therapist)).isFalse();
        mvc.perform(post("/admin/people/{id}/reactivate", therapist.id().value())
                        .with(SignedIn.as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(enabled(therapist)).isTrue();
    }

    @Test
    void movesAClientToAnotherTherapistAndAuditsIt() throws Exception {
        var practice = data.aPractice();
        CurrentUser admin = data.anAdmin(practice);
        CurrentUser client = data.aClientOf(data.aTherapist(practice));
        CurrentUser next = data.aTherapist(practice);
        CurrentUser foreign = data.aTherapist(data.aPractice());

        mvc.perform(post("/admin/people/{id}/therapist", client.id().value())
                        .with(SignedIn.as(admin))
                        .with(csrf())
                        .param("therapist", foreign.id().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/people/{id}/therapist", client.id().value())
                        .with(SignedIn.as(admin))
                        .with(csrf())
                        .param("therapist", next.id().toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT primary_therapist_id FROM app_user WHERE id = ?")
                        .param(client.id().value())
                        .query(UUID.class)
                        .single())
                .isEqualTo(next.id().value());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE client_id = ? AND what = 'primary-therapist'")
                        .param(client.id().value())
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    private boolean enabled(CurrentUser user) {
        return jdbc.sql("SELECT enabled FROM app_user WHERE id = ?")
                .param(user.id().value())
                .query(Boolean.class)
                .single();
    }
}
