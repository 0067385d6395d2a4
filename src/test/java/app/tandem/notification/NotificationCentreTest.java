package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.notification.internal.NotificationCentre;
import app.tandem.notification.internal.NotificationView;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@TandemIntegrationTest
class NotificationCentreTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifier notifier;

    @Autowired
    NotificationCentre centre;

    @Autowired
    TestData data;

    @Autowired
    PlatformTransactionManager transactionManager;

    CurrentUser casey;
    CurrentUser robin;

    @BeforeEach
    void setUp() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        casey = data.aClientOf(therapist);
        robin = data.aClientOf(therapist);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            notifier.notifyUser(casey.id(), NotificationKind.NEW_MESSAGE, "/client/messages/casey-1");
            notifier.notifyUser(casey.id(), NotificationKind.REMINDER, "/client/checkin/casey-2");
            notifier.notifyUser(robin.id(), NotificationKind.NEW_ASSIGNMENT, "/client/work/robin-1");
        });
    }

    @Test
    void showsOnlyTheUsersOwnNotificationsNewestFirstWithFixedTitles() throws Exception {
        mvc.perform(get("/notifications").with(SignedIn.as(casey)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("unreadNotifications", 2L))
                .andExpect(content().string(containsString("href=\"/client/messages/casey-1\"")))
                .andExpect(content().string(containsString("href=\"/client/checkin/casey-2\"")))
                .andExpect(content().string(containsString("You have a new message")))
                .andExpect(content().string(containsString("A reminder for you")))
                .andExpect(content().string(not(containsString("robin-1"))))
                .andExpect(content().string(not(containsString("You have something new to do"))));

        assertThat(centre.latest(casey.id()))
                .extracting(NotificationView::link)
                .containsExactly("/client/checkin/casey-2", "/client/messages/casey-1");
    }

    @Test
    void marksOneNotificationReadAndRedirects() throws Exception {
        UUID first = idOf(casey, "/client/messages/casey-1");

        mvc.perform(post("/notifications/{id}/read", first)
                        .with(SignedIn.as(casey))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications"));

        assertThat(centre.unreadCount(casey.id())).isOne();
        assertThat(centre.latest(casey.id()))
                .filteredOn(n -> n.id().equals(first))
                .singleElement()
                .satisfies(n -> assertThat(n.unread()).isFalse());
        mvc.perform(get("/notifications").with(SignedIn.as(casey)))
                .andExpect(model().attribute("unreadNotifications", 1L));
    }

    @Test
    void answersNotFoundForSomeoneElsesNotificationAndLeavesItUnread() throws Exception {
        UUID robins = idOf(robin, "/client/work/robin-1");

        mvc.perform(post("/notifications/{id}/read", robins)
                        .with(SignedIn.as(casey))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/{id}/read", UUID.randomUUID())
                        .with(SignedIn.as(casey))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(centre.unreadCount(robin.id())).isOne();
    }

    @Test
    void marksAllOfTheUsersNotificationsReadAndNoOneElses() throws Exception {
        mvc.perform(post("/notifications/read-all").with(SignedIn.as(casey)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications"))
                .andExpect(flash().attribute("flash", "All notifications marked as read."));

        assertThat(centre.unreadCount(casey.id())).isZero();
        assertThat(centre.unreadCount(robin.id())).isOne();
    }

    @Test
    void rejectsMarkingReadWithoutTheCsrfToken() throws Exception {
        mvc.perform(post("/notifications/read-all").with(SignedIn.as(casey))).andExpect(status().isForbidden());

        assertThat(centre.unreadCount(casey.id())).isEqualTo(2);
    }

    @Test
    void answersHtmxWithTheUpdatedList() throws Exception {
        UUID first = idOf(casey, "/client/messages/casey-1");

        mvc.perform(post("/notifications/{id}/read", first)
                        .with(SignedIn.as(casey))
                        .with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notification-items\"")))
                .andExpect(content().string(containsString("1 unread")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void asksVisitorsToSignIn() throws Exception {
        mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
    }

    private UUID idOf(CurrentUser user, String link) {
        return centre.latest(user.id()).stream()
                .filter(n -> n.link().equals(link))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
