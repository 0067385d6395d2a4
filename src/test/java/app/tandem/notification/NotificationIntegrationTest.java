package app.tandem.notification;

import app.tandem.testing.TandemIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The whole application with a recipient directory and this module's messages. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TandemIntegrationTest
@Import(TestRecipients.class)
@TestPropertySource(properties = "spring.messages.basename=messages,i18n/notification")
@interface NotificationIntegrationTest {}
