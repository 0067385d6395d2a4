package app.tandem.checkin.internal;

import app.tandem.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the check-in note as an encrypted column, so key rotation re-encrypts it. */
@Configuration(proxyBeanMethods = false)
class CheckInConfiguration {

    @Bean
    EncryptedColumn checkinNoteColumn() {
        return new EncryptedColumn("checkin", "id", "note");
    }
}
