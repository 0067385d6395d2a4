package app.tandem.notification;

import app.tandem.notification.internal.DevMailbox;
import org.springframework.stereotype.Component;

/**
 * Whether development pages may be shown (the development mailbox, the living style page): only without an SMTP
 * server on a development or demo setup, and only to requests from this computer (a filter on {@code /dev/*}).
 */
@Component
public class DevPages {

    private final DevMailbox mailbox;

    DevPages(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    public boolean open() {
        return mailbox.readable();
    }
}
