package app.tandem.habit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.tandem.habit.schedule.Cadence;
import app.tandem.habit.schedule.DayMark;
import app.tandem.notification.internal.PushSubscriptions;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.PushServiceStub;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders are db-scheduler tasks in the database: each occurrence is delivered once however many nodes run it, not
 * at all when the day is already done or the habit paused, and the next occurrence is planned after each firing.
 * The application's own scheduler is paused so only the nodes built here run the tasks.
 */
@TandemIntegrationTest
class HabitRemindersTest {

    @Autowired
    TestData data;

    @Autowired
    HabitService habits;

    @Autowired
    ReminderDispatcher dispatcher;

    @Autowired
    Scheduler applicationScheduler;

    @Autowired
    OneTimeTask<Void> habitReminderTask;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PushSubscriptions pushes;

    CurrentUser client;

    @BeforeEach
    void setUp() {
        client = data.aClientOf(data.aTherapist(data.aPractice()));
        applicationScheduler.pause();
    }

    @AfterEach
    void resume() {
        applicationScheduler.resume();
    }

    @Test
    void creatingAHabitPlansItsNextReminderAsADurableTask() {
        Habit walk = habits.create(client, walk("Walk", LocalTime.of(8, 0)));
        assertThat(pendingTasksOf(walk)).isOne();
    }

    @Test
    void twoNodesRunningTheSameDueRemindersDeliverEachExactlyOnce() throws Exception {
        List<Habit> created = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            created.add(habits.create(client, walk("Habit " + i, LocalTime.of(10, 0))));
        }
        makeAllDue(created);
        List<Scheduler> nodes = List.of(node("node-a"), node("node-b"));
        try {
            nodes.forEach(Scheduler::start);
            await().atMost(Duration.ofSeconds(30)).until(() -> reminderRows() == 8);
            Thread.sleep(1500); // more polling rounds on both nodes: a second delivery would show now
        } finally {
            nodes.forEach(Scheduler::stop);
        }
        assertThat(reminderRows()).isEqualTo(8);
        assertThat(notifications()).isEqualTo(8);
        assertThat(created)
                .allSatisfy(h -> assertThat(pendingTasksOf(h))
                        .as("the next occurrence is planned")
                        .isOne());
    }

    @Test
    void manyThreadsFiringOneOccurrenceDeliverItOnce() throws Exception {
        Habit walk = habits.create(client, walk("Walk", LocalTime.of(8, 0)));
        HabitReminderTimers.Due due = new HabitReminderTimers.Due(
                walk.id(), walk.version(), clock.instant().minusSeconds(60));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<ReminderDispatcher.Outcome>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> dispatcher.fire(due));
            }
            List<ReminderDispatcher.Outcome> outcomes = new ArrayList<>();
            for (Future<ReminderDispatcher.Outcome> f : pool.invokeAll(calls)) {
                try {
                    outcomes.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(ReminderDispatcher.Outcome.ALREADY_FIRED); // a lock time-out on H2 reads as "taken"
                }
            }
            assertThat(outcomes).containsOnlyOnce(ReminderDispatcher.Outcome.DELIVERED);
        } finally {
            pool.shutdownNow();
        }
        assertThat(notifications()).isOne();
        UUID occurrence = jdbc.sql("SELECT id FROM habit_reminder WHERE habit_id = ?")
                .param(walk.id())
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("SELECT subject FROM outbound_email WHERE reference = ?")
                        .param("habit-reminder:" + occurrence)
                        .query(String.class)
                        .list())
                .as("one email, naming no habit")
                .containsExactly("You have a reminder in Tandem");
    }

    @Test
    void aDeliveredReminderIsPushedToEachOfTheClientsDevicesWithoutNamingTheHabit() {
        PushServiceStub.Device phone = new PushServiceStub.Device();
        // queued here and sent once the scheduler runs again: to this computer (a closed port), never outside
        pushes.subscribe(client, "http://127.0.0.1:9/push/" + UUID.randomUUID(), phone.p256dh(), phone.auth(), "");
        Habit pills = habits.create(client, walk("Take sertraline 50mg", LocalTime.of(8, 0)));

        assertThat(dispatcher.fire(new HabitReminderTimers.Due(pills.id(), 0, clock.instant())))
                .isEqualTo(ReminderDispatcher.Outcome.DELIVERED);

        String payload =
                jdbc.sql("""
                        SELECT d.payload FROM push_delivery d JOIN push_subscription s ON s.id = d.subscription_id
                        WHERE s.user_id = ?""").param(client.id().value()).query(String.class).single();
        assertThat(payload)
                .startsWith("{\"title\":\"Tandem\",\"body\":\"You have a reminder from ")
                .contains("\"url\":\"/client/habits?reminder=")
                .doesNotContainIgnoringCase("sertraline")
                .doesNotContain("50mg");
    }

    @Test
    void aReminderTakesOnlyTheChannelsItsHabitChoseAndAlwaysLandsInTheApp() {
        PushServiceStub.Device phone = new PushServiceStub.Device();
        pushes.subscribe(client, "http://127.0.0.1:9/push/" + UUID.randomUUID(), phone.p256dh(), phone.auth(), "");
        Habit quiet = habits.create(client, remindedBy("Stretch", LocalTime.of(9, 0), false, false));
        Habit byEmail = habits.create(client, remindedBy("Read", LocalTime.of(9, 0), true, false));
        Habit byPhone = habits.create(client, remindedBy("Water", LocalTime.of(9, 0), false, true));

        for (Habit h : List.of(quiet, byEmail, byPhone)) {
            assertThat(dispatcher.fire(new HabitReminderTimers.Due(h.id(), 0, clock.instant())))
                    .isEqualTo(ReminderDispatcher.Outcome.DELIVERED);
        }

        assertThat(notifications()).as("in the app, every one").isEqualTo(3);
        assertThat(emailsFor(quiet)).isZero();
        assertThat(emailsFor(byEmail)).isOne();
        assertThat(emailsFor(byPhone)).isZero();
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM push_delivery d JOIN push_subscription s ON s.id = d.subscription_id
                        WHERE s.user_id = ?""").param(client.id().value()).query(Long.class).single())
                .as("one push, for the habit that chose the phone")
                .isOne();
    }

    private long emailsFor(Habit h) {
        UUID occurrence = jdbc.sql("SELECT id FROM habit_reminder WHERE habit_id = ?")
                .param(h.id())
                .query(UUID.class)
                .single();
        return jdbc.sql("SELECT COUNT(*) FROM outbound_email WHERE reference = ?")
                .param("habit-reminder:" + occurrence)
                .query(Long.class)
                .single();
    }

    @Test
    void aReminderIsSkippedWhenTheDayIsDoneOrTheHabitPaused() {
        Habit walk = habits.create(client, walk("Walk", LocalTime.of(8, 0)));
        habits.complete(client, walk.id(), DayMark.DONE, null, "test:" + UUID.randomUUID());
        Instant now = clock.instant();
        assertThat(dispatcher.fire(new HabitReminderTimers.Due(walk.id(), 0, now)))
                .isEqualTo(ReminderDispatcher.Outcome.SKIPPED_DONE);

        Habit read = habits.create(client, walk("Read", LocalTime.of(8, 0)));
        habits.setPaused(client, read.id(), true);
        assertThat(dispatcher.fire(new HabitReminderTimers.Due(read.id(), 0, now)))
                .as("a task planned before the pause is stale")
                .isEqualTo(ReminderDispatcher.Outcome.STALE);
        assertThat(dispatcher.fire(new HabitReminderTimers.Due(read.id(), 1, now)))
                .isEqualTo(ReminderDispatcher.Outcome.SKIPPED_PAUSED);
        assertThat(notifications()).isZero();
    }

    @Test
    void aSnoozedReminderComesBackOnceUnlessDoneMeanwhile() {
        Habit walk = habits.create(client, walk("Walk", LocalTime.of(8, 0)));
        Instant now = clock.instant();
        assertThat(dispatcher.fire(new HabitReminderTimers.Due(walk.id(), 0, now)))
                .isEqualTo(ReminderDispatcher.Outcome.DELIVERED);
        UUID occurrence = jdbc.sql("SELECT id FROM habit_reminder WHERE habit_id = ?")
                .param(walk.id())
                .query(UUID.class)
                .single();
        Instant until = dispatcher.snooze(client, occurrence, "15m");
        assertThat(until).isBetween(now.plusSeconds(14 * 60), now.plusSeconds(16 * 60));
        assertThat(dispatcher.fireSnoozed(occurrence, until)).isEqualTo(ReminderDispatcher.Outcome.DELIVERED);
        assertThat(dispatcher.fireSnoozed(occurrence, until)).isEqualTo(ReminderDispatcher.Outcome.ALREADY_FIRED);
        assertThat(notifications()).isEqualTo(2);
    }

    private HabitDraft walk(String title, LocalTime at) {
        return remindedBy(title, at, true, true);
    }

    private HabitDraft remindedBy(String title, LocalTime at, boolean email, boolean push) {
        return new HabitDraft(title, null, Cadence.DAILY, Set.of(), 1, List.of(at), null, null, null, email, push);
    }

    private Scheduler node(String name) {
        return Scheduler.create(dataSource, habitReminderTask)
                .schedulerName(new SchedulerName.Fixed(name))
                .threads(2)
                .pollingInterval(Duration.ofMillis(100))
                .tableName("scheduled_tasks")
                .build();
    }

    /** The due time passes: as if the clock had moved on while no node was running. */
    private void makeAllDue(List<Habit> due) {
        for (Habit h : due) {
            jdbc.sql("UPDATE scheduled_tasks SET execution_time = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE "
                            + "WHERE task_name = ? AND task_instance LIKE ?")
                    .params(HabitReminderTimers.TASK, h.id() + "/%")
                    .update();
        }
    }

    private long pendingTasksOf(Habit h) {
        return jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance LIKE ? "
                        + "AND execution_time > CURRENT_TIMESTAMP")
                .params(HabitReminderTimers.TASK, h.id() + "/%")
                .query(Long.class)
                .single();
    }

    private long reminderRows() {
        return jdbc.sql("SELECT COUNT(*) FROM habit_reminder WHERE client_id = ? AND status = 'DELIVERED'")
                .param(client.id().value())
                .query(Long.class)
                .single();
    }

    private long notifications() {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = ? AND kind = 'REMINDER'")
                .param(client.id().value())
                .query(Long.class)
                .single();
    }
}
