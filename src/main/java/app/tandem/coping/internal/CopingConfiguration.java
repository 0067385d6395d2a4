package app.tandem.coping.internal;

import app.tandem.coping.TechniqueCatalog;
import app.tandem.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The technique catalog (a broken definition file stops the app) and the toolbox's encrypted column. */
@Configuration(proxyBeanMethods = false)
class CopingConfiguration {

    @Bean
    TechniqueCatalog techniqueCatalog() {
        return TechniqueCatalog.loadDefault();
    }

    @Bean
    EncryptedColumn copingAnswersColumn() {
        return new EncryptedColumn("coping_use", "id", "answers");
    }
}
