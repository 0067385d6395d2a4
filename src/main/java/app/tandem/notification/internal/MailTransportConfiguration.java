package app.tandem.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Picks where emails go: the SMTP server when one is configured, else the development mailbox. */
@Configuration(proxyBeanMethods = false)
class MailTransportConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailTransportConfiguration.class);

    @Bean
    MailTransport mailTransport(
            MailMode mode,
            ObjectProvider<JavaMailSender> sender,
            DevMailbox devMailbox,
            @Value("${tandem.mail.from:Tandem <no-reply@tandem.local>}") String from) {
        if (mode.devMailbox()) {
            log.warn(
                    "No SMTP host configured (spring.mail.host): emails, including one-time links, go to the "
                            + "development mailbox at /dev/mailbox (readable from this computer only). Configure SMTP before real use.");
            return devMailbox::deliver;
        }
        return new SmtpMailTransport(sender.getObject(), from);
    }
}
