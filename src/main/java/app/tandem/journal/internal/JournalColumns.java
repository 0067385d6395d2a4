package app.tandem.journal.internal;

import app.tandem.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The journal's encrypted columns, for key rotation. */
@Configuration(proxyBeanMethods = false)
class JournalColumns {

    @Bean
    EncryptedColumn journalTitleColumn() {
        return new EncryptedColumn("safety_journal_entry", "id", "title");
    }

    @Bean
    EncryptedColumn journalBodyColumn() {
        return new EncryptedColumn("safety_journal_entry", "id", "body");
    }
}
