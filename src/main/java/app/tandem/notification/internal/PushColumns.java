package app.tandem.notification.internal;

import app.tandem.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The VAPID private key is encrypted with the crypto keys: the rotation job re-encrypts it with the others. */
@Configuration(proxyBeanMethods = false)
class PushColumns {

    @Bean
    EncryptedColumn vapidPrivateKeyColumn() {
        return new EncryptedColumn("push_vapid_key", "id", "private_key");
    }
}
