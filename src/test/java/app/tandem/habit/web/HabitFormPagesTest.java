package app.tandem.habit.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import app.tandem.habit.internal.HabitNotFoundException;
import app.tandem.habit.internal.HabitService;
import app.tandem.habit.internal.InvalidHabitException;
import app.tandem.habit.internal.ReminderDispatcher;
import app.tandem.habit.internal.TodayQueries;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.shared.UserId;
import app.tandem.testing.PageFrameMocks;
import app.tandem.testing.SignedIn;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The habit form on the web layer alone: what the client typed wrong comes back as the form with a message in
 * their words, never an error page; a good form redirects with a thank-you.
 */
@WebMvcTest(HabitController.class)
@PageFrameMocks
class HabitFormPagesTest {

    static final CurrentUser CLIENT = new CurrentUser(
            UserId.random(),
            new PracticeId(UUID.randomUUID()),
            "casey@test.tandem",
            "Casey Client",
            EnumSet.of(Role.CLIENT),
            "America/New_York");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HabitService habits;

    @MockitoBean
    TodayQueries queries;

    @MockitoBean
    ReminderDispatcher reminders;

    @Test
    void aWeekdayThatIsNotOneIsShownAsAScheduleErrorOnTheForm() throws Exception {
        mvc.perform(create().param("weekdays", "FUNDAY"))
                .andExpect(status().isOk())
                .andExpect(view().name("habit/edit"))
                .andExpect(content().string(containsString("Check how often and the times (e.g. 08:00, 20:00).")));
        verifyNoInteractions(habits);
    }

    @Test
    void aRuleTheServiceRefusesIsShownOnTheFormInTheClientsWords() throws Exception {
        when(habits.create(eq(CLIENT), any())).thenThrow(InvalidHabitException.of("title", "habit.error.title"));

        mvc.perform(create())
                .andExpect(status().isOk())
                .andExpect(view().name("habit/edit"))
                .andExpect(content().string(containsString("Give the habit a short name (up to 120 characters).")));
    }

    @Test
    void aGoodFormRedirectsToTheListWithAThankYou() throws Exception {
        mvc.perform(create())
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/client/habits"))
                .andExpect(flash().attribute("flash", "Habit added. We will remind you."));
        verify(habits).create(eq(CLIENT), any());
    }

    @Test
    void theRemindersChannelsAreWhatTheClientTicked() throws Exception {
        mvc.perform(create().param("remindPush", "true")
                        .param("_remindPush", "on")
                        .param("_remindEmail", "on"))
                .andExpect(status().is3xxRedirection());
        org.mockito.ArgumentCaptor<app.tandem.habit.internal.HabitDraft> draft =
                org.mockito.ArgumentCaptor.forClass(app.tandem.habit.internal.HabitDraft.class);
        verify(habits).create(eq(CLIENT), draft.capture());
        org.assertj.core.api.Assertions.assertThat(draft.getValue().remindEmail())
                .as("unticked")
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(draft.getValue().remindPush())
                .isTrue();
    }

    @Test
    void someoneElsesHabitIsANotFoundPage() throws Exception {
        UUID id = UUID.randomUUID();
        when(queries.one(CLIENT, id)).thenThrow(HabitNotFoundException.of(id));

        mvc.perform(get("/client/habits/{id}/edit", id).with(SignedIn.as(CLIENT)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    private static MockHttpServletRequestBuilder create() {
        return post("/client/habits")
                .with(SignedIn.as(CLIENT))
                .with(csrf())
                .param("title", "Evening walk")
                .param("cadence", "DAILY")
                .param("times", "19:00");
    }
}
