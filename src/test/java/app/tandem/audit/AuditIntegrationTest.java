package app.tandem.audit;

import app.tandem.testing.TandemIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application with the audit messages loaded. Until {@code i18n/audit} is in
 * {@code spring.messages.basename}, this adds it; afterwards the property is redundant but harmless.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TandemIntegrationTest
@TestPropertySource(properties = "spring.messages.basename=messages,i18n/audit")
@interface AuditIntegrationTest {}
