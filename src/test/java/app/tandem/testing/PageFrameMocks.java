package app.tandem.testing;

import app.tandem.identity.token.ApiTokens;
import app.tandem.notification.internal.NotificationCentre;
import app.tandem.practice.Practices;
import app.tandem.shared.web.PublicAddress;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * For a {@code @WebMvcTest}: mocks what every request and page frame needs besides the controller under test (the
 * API-token filter, the unread-notifications count, the practice branding) and the site's public address, so the
 * slice starts on its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = {ApiTokens.class, NotificationCentre.class, Practices.class})
@Import(PublicAddress.class)
public @interface PageFrameMocks {}
