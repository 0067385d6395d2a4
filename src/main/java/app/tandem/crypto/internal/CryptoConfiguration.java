package app.tandem.crypto.internal;

import app.tandem.crypto.EncryptedColumn;
import app.tandem.crypto.FieldCipher;
import app.tandem.crypto.ReEncryption;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the keys, the cipher and the recurring re-encryption task. */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    static final String RE_ENCRYPTION_TASK = "crypto-re-encryption";
    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    private final SecureRandom random = new SecureRandom();

    @Bean
    KeyRing cryptoKeyRing(CryptoProperties properties, ObjectProvider<Clock> clock) {
        KeyRing keys = properties.hasKeys()
                ? KeyRing.parse(properties.keys())
                : KeyFile.loadOrCreate(properties.keyFile(), random, clock.getIfAvailable(Clock::systemUTC));
        log.info(
                "Field encryption ready: active key {}, {} key(s) known",
                keys.activeId(),
                keys.ids().size());
        return keys;
    }

    @Bean
    FieldCipher fieldCipher(KeyRing cryptoKeyRing) {
        return new AesGcmFieldCipher(cryptoKeyRing, random);
    }

    @Bean
    ReEncryption reEncryption(
            ObjectProvider<EncryptedColumn> columns,
            FieldCipher fieldCipher,
            KeyRing cryptoKeyRing,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager) {
        return new JdbcReEncryption(
                () -> columns.orderedStream().toList(),
                fieldCipher,
                cryptoKeyRing.activeId(),
                jdbc,
                new TransactionTemplate(transactionManager));
    }

    @Bean
    RecurringTask<Void> reEncryptionTask(ReEncryption reEncryption, CryptoProperties properties) {
        return Tasks.recurring(RE_ENCRYPTION_TASK, FixedDelay.of(properties.reEncryptionInterval()))
                .execute((instance, context) -> reEncryption.runOnce());
    }
}
