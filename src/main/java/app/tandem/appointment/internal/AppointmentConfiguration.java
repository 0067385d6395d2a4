package app.tandem.appointment.internal;

import app.tandem.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the agenda's encrypted text with key rotation, which re-encrypts it under a new key. */
@Configuration(proxyBeanMethods = false)
class AppointmentConfiguration {

    @Bean
    EncryptedColumn agendaTextColumn() {
        return new EncryptedColumn("appointment_agenda_item", "id", "text");
    }
}
