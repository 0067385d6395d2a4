package app.tandem.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whether to seed the demo: as configured, or by default only on the embedded database. */
@Component
class DemoSettings {

    private final boolean enabled;

    DemoSettings(@Value("${tandem.demo.enabled:}") String configured, @Value("${spring.datasource.url}") String url) {
        this.enabled = configured == null || configured.isBlank()
                ? url.startsWith("jdbc:h2:")
                : Boolean.parseBoolean(configured);
    }

    boolean enabled() {
        return enabled;
    }
}
