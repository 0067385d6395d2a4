package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** Notification sits low in the module map: identity and others depend on it, never the reverse. */
class NotificationModuleTest {

    final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

    @Test
    void dependsOnlyOnPracticeAndShared() {
        ApplicationModule notification = modules.getModuleByName("notification").orElseThrow();

        assertThat(notification.getDirectDependencies(modules).stream()
                        .map(dependency -> dependency.getTargetModule().getName())
                        .distinct())
                .isSubsetOf("practice", "shared");
    }

    @Test
    void isPartOfAValidModuleStructure() {
        modules.verify();
    }
}
