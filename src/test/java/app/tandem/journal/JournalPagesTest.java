package app.tandem.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.crypto.RawRows;
import app.tandem.safety.crisis.RaisedSignals;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.CareTeam;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@TandemIntegrationTest
class JournalPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    CareTeam team;

    @BeforeEach
    void aTherapistWithAClient() {
        team = data.aTherapistWithAClient();
    }

    @Test
    void aNewEntryIsPrivateAndTheTherapistDoesNotSeeIt() throws Exception {
        UUID id = write("Tuesday thoughts", "The walk by the river helped more than I expected");

        mvc.perform(get("/client/journal/" + id).with(team.asClient()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("The walk by the river helped"),
                                containsString("Only you can see this entry."),
                                containsString("Share with my therapist"))));
        mvc.perform(get("/therapist/clients/" + team.client().id() + "/journal").with(team.asTherapist()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Nothing shared yet."), not(containsString("Tuesday thoughts")))));
        mvc.perform(get("/therapist/clients/" + team.client().id()).with(team.asTherapist()))
                .andExpect(content().string(not(containsString("Shared journal entries"))));
    }

    @Test
    void theTherapistSeesOnlyTheEntriesTheClientShared() throws Exception {
        UUID shared = write("Shared one", "I want to talk about my sister's visit next time");
        write("Kept private", "Something I am not ready to talk about yet, about work");

        mvc.perform(post("/client/journal/" + shared + "/share").with(csrf()).with(team.asClient()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/therapist/clients/" + team.client().id() + "/journal").with(team.asTherapist()))
                .andExpect(content()
                        .string(allOf(
                                containsString("my sister&#39;s visit"),
                                not(containsString("Kept private")),
                                not(containsString("not ready to talk")))));
        mvc.perform(get("/therapist/clients/" + team.client().id()).with(team.asTherapist()))
                .andExpect(content()
                        .string(allOf(
                                containsString("Shared journal entries"),
                                containsString("Shared one"),
                                not(containsString("Kept private")))));
    }

    @Test
    void unsharingTakesTheEntryBackFromTheTherapist() throws Exception {
        UUID id = write("Second thoughts", "Maybe I shared this one too quickly, about my father");
        mvc.perform(post("/client/journal/" + id + "/share").with(csrf()).with(team.asClient()));
        mvc.perform(post("/client/journal/" + id + "/unshare").with(csrf()).with(team.asClient()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/therapist/clients/" + team.client().id() + "/journal").with(team.asTherapist()))
                .andExpect(content().string(not(containsString("about my father"))));
        mvc.perform(get("/client/journal/" + id).with(team.asClient()))
                .andExpect(content().string(containsString("Only you can see this entry.")));
    }

    @Test
    void anotherClientCannotReadOrShareSomeoneElsesEntry() throws Exception {
        UUID id = write(null, "Words for me only, about the garden");
        CurrentUser other = data.aClientOf(team.therapist());

        mvc.perform(get("/client/journal/" + id).with(SignedIn.as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/client/journal/" + id + "/share").with(csrf()).with(SignedIn.as(other)))
                .andExpect(status().isNotFound());
    }

    @Test
    void titleAndBodyAreStoredEncrypted() throws Exception {
        write("Distinctive heading zebra", "Distinctive body about marmalade sandwiches");

        RawRows.assertNoPlaintext(jdbc, "safety_journal_entry", "Distinctive heading zebra", "marmalade sandwiches");
    }

    @Test
    void aDoubleSubmitSavesOnce() throws Exception {
        UUID token = UUID.randomUUID();
        submit(token, "Twice tapped", "I pressed save twice, I wish I could go to sleep and not wake up");
        submit(token, "Twice tapped", "I pressed save twice, I wish I could go to sleep and not wake up");

        Integer rows = jdbc.sql("SELECT COUNT(*) FROM safety_journal_entry WHERE client_id = ?")
                .param(team.client().id().value())
                .query(Integer.class)
                .single();
        assertThat(rows).isEqualTo(1);
        assertThat(RaisedSignals.of(jdbc, team.client().id())).hasSize(1);
    }

    @Test
    void aPrivateEntryIsStillScreenedAsPrivate() throws Exception {
        submit(UUID.randomUUID(), "Tonight", "I wish I could go to sleep and not wake up");

        UUID id = jdbc.sql("SELECT id FROM safety_journal_entry WHERE client_id = ?")
                .param(team.client().id().value())
                .query(UUID.class)
                .single();
        assertThat(RaisedSignals.of(jdbc, team.client().id())).singleElement().satisfies(signal -> {
            assertThat(signal.kind()).isEqualTo("journal");
            assertThat(signal.reference()).isEqualTo(id.toString());
            assertThat(signal.privateEntry()).isTrue();
        });
    }

    @Test
    void aRiskySaveShowsTheSavedEntryWithTheCrisisCardAtOnce() throws Exception {
        mvc.perform(post("/client/journal/new")
                        .with(csrf())
                        .with(team.asClient())
                        .param("title", "")
                        .param("body", "I wish I could go to sleep and not wake up")
                        .param("submitToken", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Thank you for telling us"),
                                containsString("go to sleep and not wake up"),
                                containsString("/client/safety/check?alert="))));
    }

    @Test
    void anEmptyEntryIsSentBackWithAMessage() throws Exception {
        mvc.perform(post("/client/journal/new")
                        .with(csrf())
                        .with(team.asClient())
                        .param("title", "")
                        .param("body", "  ")
                        .param("submitToken", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please write something before saving.")));
    }

    @Test
    void theListShowsNewestFirst() throws Exception {
        write("Older entry", "first words");
        write("Newer entry", "second words");

        String page = mvc.perform(get("/client/journal").with(team.asClient()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("Newer entry"))
                .isLessThan(page.indexOf("Older entry"))
                .isPositive();
    }

    private UUID write(String title, String body) throws Exception {
        MvcResult result = submit(UUID.randomUUID(), title, body);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/client/journal/");
        return UUID.fromString(location.substring("/client/journal/".length()));
    }

    private MvcResult submit(UUID token, String title, String body) throws Exception {
        return mvc.perform(post("/client/journal/new")
                        .with(csrf())
                        .with(team.asClient())
                        .param("title", title == null ? "" : title)
                        .param("body", body)
                        .param("submitToken", token.toString()))
                .andReturn();
    }
}
