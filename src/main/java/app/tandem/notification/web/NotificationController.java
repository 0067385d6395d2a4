package app.tandem.notification.web;

import app.tandem.notification.internal.NotificationCentre;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.web.PageMessages;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification centre: the signed-in user's notifications, newest first, and marking them read. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final NotificationCentre centre;
    private final PageMessages messages;

    NotificationController(NotificationCentre centre, PageMessages messages) {
        this.centre = centre;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("notifications", centre.latest(user.id()));
        model.addAttribute("zone", user.zone());
        return "notification/list";
    }

    /** With htmx the button swaps in the updated list; without it the browser follows the redirect. */
    @PostMapping("/{id}/read")
    String markRead(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        centre.markRead(user.id(), id);
        if (htmx != null) {
            model.addAttribute("notifications", centre.latest(user.id()));
            model.addAttribute("zone", user.zone());
            model.addAttribute("unreadNotifications", centre.unreadCount(user.id()));
            return "notification/list :: items";
        }
        messages.flash(redirect, "notification.markedRead");
        return "redirect:/notifications";
    }

    @PostMapping("/read-all")
    String markAllRead(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        centre.markAllRead(user.id());
        messages.flash(redirect, "notification.markedAllRead");
        return "redirect:/notifications";
    }
}
