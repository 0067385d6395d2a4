package app.tandem.notification;

import app.tandem.identity.People;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** What identity will provide when merged: recipients are the people with accounts. */
@TestConfiguration(proxyBeanMethods = false)
class TestRecipients {

    @Bean
    RecipientDirectory testRecipientDirectory(People people) {
        return user -> people.find(user).map(p -> new Recipient(p.id(), p.practiceId(), p.email(), p.enabled()));
    }

}
