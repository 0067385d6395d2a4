package app.tandem.measure.internal;

import app.tandem.crypto.EncryptedColumn;
import app.tandem.measure.ChangeCalculator;
import app.tandem.measure.InstrumentCatalog;
import app.tandem.measure.InstrumentScorer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The instrument catalog (definitions validated at start-up: a bad file stops the app) and the engine. */
@Configuration(proxyBeanMethods = false)
class MeasureBeans {

    @Bean
    InstrumentCatalog instrumentCatalog() {
        return InstrumentCatalog.loadDefault();
    }

    @Bean
    InstrumentScorer instrumentScorer() {
        return new InstrumentScorer();
    }

    @Bean
    ChangeCalculator changeCalculator() {
        return new ChangeCalculator();
    }

    @Bean
    EncryptedColumn measureCorrectionReason() {
        return new EncryptedColumn("measure_response", "id", "correction_reason");
    }
}
