package app.tandem.notification.web;

import app.tandem.notification.internal.NotificationCentre;
import app.tandem.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page of a signed-in user the number of unread notifications, for the page frame. */
@ControllerAdvice
class UnreadNotificationsAdvice {

    private final NotificationCentre centre;

    UnreadNotificationsAdvice(NotificationCentre centre) {
        this.centre = centre;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null; // JSON endpoints have no page frame
        }
        return CurrentUser.current().map(user -> centre.unreadCount(user.id())).orElse(null);
    }
}
