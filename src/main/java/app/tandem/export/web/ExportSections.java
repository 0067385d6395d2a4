package app.tandem.export.web;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Links to the exports on the therapist's page for a client (the client's own "My data" is under More). */
@Configuration(proxyBeanMethods = false)
class ExportSections {

    @Bean
    PageSection exportTherapistSection() {
        return new PageSection() {
            @Override
            public Page page() {
                return Page.THERAPIST_CLIENT;
            }

            @Override
            public int order() {
                return 900;
            }

            @Override
            public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
                return Optional.of(new SectionView("export/therapist-section", Map.of("clientId", subject.toString())));
            }
        };
    }
}
