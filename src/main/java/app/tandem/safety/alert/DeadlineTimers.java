package app.tandem.safety.alert;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Durable alert deadlines: one db-scheduler one-time task per alert, round and step, stored in the
 * database in the caller's transaction, so a deadline survives a restart and fires on exactly one node.
 * Instance id {@code <alertId>/<round>/<step>}; a timer whose round or step is no longer current does nothing.
 */
@Component
class DeadlineTimers {

    static final String TASK = "safety-alert-deadline";
    private static final Logger log = LoggerFactory.getLogger(DeadlineTimers.class);

    // Lazy: the scheduler is built from the task beans, and the task needs the escalator that uses this.
    private final ObjectProvider<SchedulerClient> scheduler;

    DeadlineTimers(ObjectProvider<SchedulerClient> scheduler) {
        this.scheduler = scheduler;
    }

    void schedule(UUID alertId, int round, int step, Instant at) {
        String id = instanceId(alertId, round, step);
        boolean created = scheduler.getObject().scheduleIfNotExists(new TaskInstance<Void>(TASK, id), at);
        log.info(
                "Alert {} deadline for round {} step {} at {} ({})",
                alertId,
                round,
                step,
                at,
                created ? "scheduled" : "already scheduled");
    }

    static String instanceId(UUID alertId, int round, int step) {
        return alertId + "/" + round + "/" + step;
    }

    /** A parsed instance id. */
    record Deadline(UUID alertId, int round, int step) {

        static Deadline parse(String instanceId) {
            String[] parts = instanceId.split("/");
            return new Deadline(UUID.fromString(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }
    }
}
