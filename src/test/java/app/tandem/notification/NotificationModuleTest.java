package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Notification sits low in the module map: identity and others depend on it, never the reverse. Besides practice and
 * shared it needs only crypto (which depends on nothing), for the Web Push key.
 */
class NotificationModuleTest {

    final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

    @Test
    void dependsOnlyOnCryptoPracticeAndShared() {
        ApplicationModule notification = modules.getModuleByName("notification").orElseThrow();

        assertThat(notification.getDirectDependencies(modules).stream()
                        .map(dependency -> dependency.getTargetModule().getName())
                        .distinct())
                .isSubsetOf("crypto", "practice", "shared");
    }

    @Test
    void isPartOfAValidModuleStructure() {
        modules.verify();
    }
}
