package app.tandem.notification.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** SMTP when {@code spring.mail.host} is set, otherwise the development mailbox. */
@Component
class MailMode {

    private final boolean smtp;

    MailMode(Environment environment) {
        this.smtp = StringUtils.hasText(environment.getProperty("spring.mail.host"));
    }

    boolean smtp() {
        return smtp;
    }

    boolean devMailbox() {
        return !smtp;
    }
}
