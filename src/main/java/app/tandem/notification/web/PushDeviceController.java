package app.tandem.notification.web;

import app.tandem.notification.internal.NotificationNotFoundException;
import app.tandem.notification.internal.PushSubscriptions;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.web.PageMessages;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The device list's forms (they work without JavaScript): remove a device, send a test push to every device. */
@Controller
class PushDeviceController {

    /** Where the device list is: the client's habits page (staff have no page for it yet). */
    static final String CLIENT_PAGE = "/client/habits";

    private final PushSubscriptions subscriptions;
    private final PageMessages messages;

    PushDeviceController(PushSubscriptions subscriptions, PageMessages messages) {
        this.subscriptions = subscriptions;
        this.messages = messages;
    }

    @PostMapping("/notifications/push/devices/{id}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        if (!subscriptions.remove(user.id(), id)) {
            throw NotificationNotFoundException.pushDevice(id);
        }
        messages.flash(redirect, "notification.push.removed");
        return back(user);
    }

    @PostMapping("/notifications/push/test")
    String test(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        int devices =
                subscriptions.sendTest(user.id(), user.practiceId(), user.isClient() ? CLIENT_PAGE : "/notifications");
        messages.flash(redirect, devices == 0 ? "notification.push.test.none" : "notification.push.test.sent", devices);
        return back(user);
    }

    private static String back(CurrentUser user) {
        return user.isClient() ? "redirect:" + CLIENT_PAGE + "#push" : "redirect:/notifications";
    }
}
