package app.tandem.booking.consultation;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Durable reminders 24 hours before a consultation: one db-scheduler task per booking and sequence,
 * stored with the booking, run on exactly one node. A reminder whose booking has moved on (cancelled,
 * rescheduled: a higher sequence) does nothing.
 */
@Component
class ReminderTimers {

    static final String TASK = "booking-reminder";
    static final Duration BEFORE = Duration.ofHours(24);

    private final ObjectProvider<SchedulerClient> scheduler;

    ReminderTimers(ObjectProvider<SchedulerClient> scheduler) {
        this.scheduler = scheduler;
    }

    void schedule(UUID booking, int sequence, Instant start, Instant now) {
        Instant at = start.minus(BEFORE);
        if (at.isAfter(now)) {
            scheduler.getObject().scheduleIfNotExists(new TaskInstance<Void>(TASK, booking + "/" + sequence), at);
        }
    }

    record Due(UUID booking, int sequence) {

        static Due parse(String id) {
            String[] parts = id.split("/");
            return new Due(UUID.fromString(parts[0]), Integer.parseInt(parts[1]));
        }
    }
}
