package app.tandem.notification;

import app.tandem.identity.People;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What identity will provide when merged: recipients are the people with accounts. Primary, so these
 * tests keep working once identity's own implementation exists (then this class can go).
 */
@TestConfiguration(proxyBeanMethods = false)
class TestRecipients {

    @Bean
    @Primary
    RecipientDirectory testRecipientDirectory(People people) {
        return user -> people.find(user).map(p -> new Recipient(p.id(), p.practiceId(), p.email(), p.enabled()));
    }
}
