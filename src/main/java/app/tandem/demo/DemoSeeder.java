package app.tandem.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** On start: seeds the demo into an empty database when the demo is on, then says where to go. */
@Component
class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoSettings settings;
    private final DemoPractice demo;
    private final String baseUrl;

    DemoSeeder(DemoSettings settings, DemoPractice demo, @Value("${tandem.base-url}") String baseUrl) {
        this.settings = settings;
        this.demo = demo;
        this.baseUrl = baseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedAndAnnounce() {
        if (settings.enabled() && !demo.exists()) {
            log.info("Seeding the demo practice (first start on an empty database)...");
            demo.seed();
        }
        StringBuilder banner =
                new StringBuilder("\n\n  Tandem is running at ").append(baseUrl).append('\n');
        if (settings.enabled()) {
            banner.append("""

                      Demo practice: Harbor Lane Counseling (password for every account: %s)
                        admin@demo.tandem       practice admin (Morgan Ellis)
                        therapist@demo.tandem   therapist (Maya Patel)
                        therapist2@demo.tandem  therapist (Jordan Lee)
                        client@demo.tandem      client of Maya (Alex Rivera)
                        client2@demo.tandem     client of Maya (Sam Okafor)
                        client3@demo.tandem     client of Jordan (Riley Chen)
                      Emails (invitations, password resets) arrive at %s/dev/mailbox
                    """.formatted(DemoPractice.PASSWORD, baseUrl));
        }
        log.info(banner.toString());
    }
}
