package app.tandem.measure.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Whether the safety module's crisis card fragment ({@code safety/crisis :: card(outcome)}) is on the classpath;
 * until it is, measure pages show their own short card pointing to Get help now.
 */
@Component
class CrisisCard {

    private final boolean available = new ClassPathResource("templates/safety/crisis.html").exists();

    boolean available() {
        return available;
    }
}
