package app.tandem.notification.web;

import app.tandem.notification.internal.DevMail;
import app.tandem.notification.internal.DevMailbox;
import app.tandem.notification.internal.NotificationNotFoundException;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The development mailbox: emails this server would have sent, readable without a mail server. */
@Controller
@RequestMapping("/dev/mailbox")
class DevMailboxController {

    private static final int SHOWN = 200;

    private final DevMailbox mailbox;

    DevMailboxController(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping
    String list(Model model) {
        requireOn();
        model.addAttribute("mails", mailbox.newestFirst(SHOWN));
        model.addAttribute("zone", ZoneOffset.UTC);
        return "notification/dev-mailbox";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        requireOn();
        DevMail mail = mailbox.find(id).orElseThrow(() -> NotificationNotFoundException.devMail(id));
        model.addAttribute("mail", mail);
        model.addAttribute("zone", ZoneOffset.UTC);
        model.addAttribute("parts", MailBodyParts.of(mail.body()));
        return "notification/dev-mail";
    }

    private void requireOn() {
        if (!mailbox.readable()) {
            throw NotificationNotFoundException.devMailboxOff();
        }
    }
}
