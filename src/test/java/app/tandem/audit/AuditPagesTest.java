package app.tandem.audit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.audit.internal.AuditSealer;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class AuditPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditSealer sealer;

    PracticeId practice;
    CurrentUser therapist;
    CurrentUser client;
    CurrentUser admin;

    @BeforeEach
    void practice() {
        practice = data.aPractice();
        therapist = data.aPerson(practice, EnumSet.of(Role.THERAPIST), null, "Theodora Primary");
        client = data.aClientOf(therapist);
        admin = data.aPerson(practice, EnumSet.of(Role.ADMIN), null, "Adaline Office");
    }

    @Test
    void clientSeesTheirTherapistsReadsButNotTheirOwn() throws Exception {
        Acting.as(therapist, () -> audit.read(practice, client.id(), "checkins"));
        Acting.as(client, () -> audit.read(practice, client.id(), "journal"));
        audit.read(practice, client.id(), "habits");

        mvc.perform(get("/client/privacy").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Theodora Primary"),
                                containsString("your therapist"),
                                containsString("Looked at your check-ins"),
                                containsString("Who can see what you record"))))
                .andExpect(content()
                        .string(allOf(not(containsString("your journal")), not(containsString("your habits")))));
    }

    @Test
    void clientSeesACoveringTherapistAsATherapistWhoIsNotTheirs() throws Exception {
        CurrentUser cover = data.aPerson(practice, EnumSet.of(Role.THERAPIST), null, "Corinna Cover");
        Acting.as(cover, () -> audit.read(practice, client.id(), "safety-plan"));

        mvc.perform(get("/client/privacy").with(SignedIn.as(client)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Corinna Cover"),
                                containsString("Therapist"),
                                containsString("Looked at your safety plan"),
                                not(containsString("your therapist</span>")))));
    }

    @Test
    void clientSeesADownloadAsADownloadAndAnAdminOnlyAsSeeingTheAlertList() throws Exception {
        Acting.as(therapist, () -> audit.read(practice, client.id(), "export-csv"));
        Acting.as(admin, () -> audit.read(practice, client.id(), "alerts-overview"));

        mvc.perform(get("/client/privacy").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Downloaded a copy of your information (a spreadsheet file, CSV)"),
                                containsString("Adaline Office"),
                                containsString("Practice administrator"),
                                containsString("list of open alerts that an alert about you was open"),
                                not(containsString("Looked at your information")))));
    }

    @Test
    void clientOnlyEverSeesTheirOwnList() throws Exception {
        CurrentUser other = data.aClientOf(therapist);
        Acting.as(therapist, () -> audit.read(practice, other.id(), "safety-plan"));

        mvc.perform(get("/client/privacy")
                        .param("client", other.id().toString())
                        .param("clientId", other.id().toString())
                        .with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("your safety plan")),
                                containsString("No one else has opened your information yet."))));
    }

    @Test
    void clientListIsPagedNewestFirst() throws Exception {
        Acting.as(therapist, () -> {
            audit.read(practice, client.id(), "journal");
            for (int i = 0; i < 20; i++) {
                audit.read(practice, client.id(), "checkins");
            }
        });

        String first = mvc.perform(get("/client/privacy").with(SignedIn.as(client)))
                .andExpect(
                        content().string(allOf(containsString("your check-ins"), not(containsString("your journal")))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String older = first.replaceAll("(?s).*href=\"(/client/privacy\\?before=\\d+)\".*", "$1");

        mvc.perform(get(older).with(SignedIn.as(client)))
                .andExpect(
                        content().string(allOf(containsString("your journal"), not(containsString("your check-ins")))));
    }

    @Test
    void staffCannotOpenTheClientPage() throws Exception {
        mvc.perform(get("/client/privacy").with(SignedIn.as(therapist))).andExpect(status().isForbidden());
    }

    @Test
    void adminPageIsForbiddenToTherapistsAndClients() throws Exception {
        mvc.perform(get("/admin/audit").with(SignedIn.as(therapist))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(SignedIn.as(client))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/audit/verify").with(csrf()).with(SignedIn.as(therapist)))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminSeesWhoLookedAtWhichClientInTheirPracticeOnly() throws Exception {
        Acting.as(therapist, () -> audit.write(practice, client.id(), "safety-plan"));
        PracticeId elsewhere = data.aPractice();
        CurrentUser stranger = data.aPerson(elsewhere, EnumSet.of(Role.THERAPIST), null, "Stanislav Elsewhere");
        CurrentUser strangersClient = data.aClientOf(stranger);
        Acting.as(stranger, () -> audit.read(elsewhere, strangersClient.id(), "checkins"));

        mvc.perform(get("/admin/audit").with(SignedIn.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Theodora Primary"),
                                containsString("Casey Client"),
                                containsString("safety-plan"),
                                containsString("Changed"),
                                containsString("not sealed yet"),
                                containsString("1 of them were recorded in the last moments"),
                                containsString("not been verified yet"))))
                .andExpect(content().string(not(containsString("Stanislav Elsewhere"))));

        sealer.sealNow();
        mvc.perform(get("/admin/audit").with(SignedIn.as(admin)))
                .andExpect(content()
                        .string(allOf(
                                containsString("<td>1</td>"),
                                not(containsString("not sealed yet")),
                                not(containsString("recorded in the last moments")))));
    }

    @Test
    void adminVerifiesTheChainAndSeesTheOutcome() throws Exception {
        Acting.as(therapist, () -> audit.read(practice, client.id(), "checkins"));
        sealer.sealNow();

        mvc.perform(post("/admin/audit/verify").with(csrf()).with(SignedIn.as(admin)))
                .andExpect(redirectedUrl("/admin/audit"))
                .andExpect(flash().attribute("flash", containsString("intact (1 entries checked)")));
        mvc.perform(get("/admin/audit").with(SignedIn.as(admin)))
                .andExpect(content().string(containsString("data-status=\"intact\"")));

        jdbc.sql("UPDATE audit_event SET what = 'journal' WHERE practice_id = ? AND seq = 1")
                .param(practice.value())
                .update();
        mvc.perform(post("/admin/audit/verify").with(csrf()).with(SignedIn.as(admin)))
                .andExpect(flash().attribute("flash", containsString("problem at entry 1")));
        mvc.perform(get("/admin/audit").with(SignedIn.as(admin)))
                .andExpect(content()
                        .string(allOf(
                                containsString("data-status=\"broken\""),
                                containsString("The entry was changed after it was recorded."))));
    }
}
