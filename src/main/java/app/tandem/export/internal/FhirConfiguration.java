package app.tandem.export.internal;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** One FHIR R4 context for the app (creating one costs about a second), built on first export. */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    @Bean
    @Lazy
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }
}
