package app.tandem.export.web;

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
        return PageSection.of(
                PageSection.Page.THERAPIST_CLIENT,
                900,
                (viewer, subject) -> Optional.of(
                        new SectionView("export/therapist-section", Map.of("clientId", subject.toString()))));
    }
}
