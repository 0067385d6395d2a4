package app.tandem.identity.mfa;

import app.tandem.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the encrypted TOTP secret column, so key rotation re-encrypts it. */
@Configuration(proxyBeanMethods = false)
class MfaColumns {

    @Bean
    EncryptedColumn totpSecretColumn() {
        return new EncryptedColumn("user_totp", "user_id", "secret");
    }
}
