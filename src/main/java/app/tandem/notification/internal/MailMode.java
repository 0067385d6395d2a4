package app.tandem.notification.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** SMTP when {@code spring.mail.host} is set, otherwise the development mailbox. */
@Component
class MailMode {

    private final boolean smtp;
    private final boolean pageOpen;

    MailMode(Environment environment) {
        this.smtp = StringUtils.hasText(environment.getProperty("spring.mail.host"));
        // The page shows one-time links to anyone, so it is open only for local development and demos
        // (embedded database) unless explicitly switched on.
        String configured = environment.getProperty("tandem.mail.dev-mailbox-page", "");
        this.pageOpen = !smtp
                && (StringUtils.hasText(configured)
                        ? Boolean.parseBoolean(configured)
                        : environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:"));
    }

    /** Whether {@code /dev/mailbox} may be read (no SMTP, and a development or demo setup). */
    boolean devMailboxPageOpen() {
        return pageOpen;
    }

    boolean smtp() {
        return smtp;
    }

    boolean devMailbox() {
        return !smtp;
    }
}
