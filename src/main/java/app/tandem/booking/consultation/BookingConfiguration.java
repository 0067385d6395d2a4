package app.tandem.booking.consultation;

import app.tandem.crypto.EncryptedColumn;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reminder task and the encrypted booking columns (re-encrypted on key rotation). */
@Configuration(proxyBeanMethods = false)
class BookingConfiguration {

    @Bean
    OneTimeTask<Void> bookingReminderTask(BookingService bookings) {
        return Tasks.oneTime(ReminderTimers.TASK)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(5)))
                .execute((instance, context) -> bookings.remind(ReminderTimers.Due.parse(instance.getId())));
    }

    @Bean
    EncryptedColumn bookingName() {
        return new EncryptedColumn("booking", "id", "name");
    }

    @Bean
    EncryptedColumn bookingEmail() {
        return new EncryptedColumn("booking", "id", "email");
    }

    @Bean
    EncryptedColumn bookingPhone() {
        return new EncryptedColumn("booking", "id", "phone");
    }

    @Bean
    EncryptedColumn bookingReason() {
        return new EncryptedColumn("booking", "id", "reason");
    }

    @Bean
    EncryptedColumn bookingTherapistMessage() {
        return new EncryptedColumn("booking", "id", "therapist_message");
    }
}
