package app.tandem.safety.alert;

import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live delivery of alerts to therapists connected to this node (server-sent events). Two paths, see
 * doc/adr/0010-alert-delivery.md: right after the saving transaction commits, the node that saved the
 * alert pushes it to its own connections; and every node polls the {@code safety_alert_event} feed
 * every half second (tandem.safety.alerts.live-poll-interval) for events saved by other nodes. Each event is sent once per node (deduplicated by id);
 * the browser deduplicates by alert id. Live delivery is a convenience on top of the durable inbox,
 * in-app notification and email: a failure here never loses an alert.
 */
@Component
class LiveAlertFeed implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveAlertFeed.class);
    static final Duration LOOK_BACK = Duration.ofSeconds(15);
    private static final Duration EMITTER_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration HEARTBEAT = Duration.ofSeconds(20);

    private final AlertEventRepository events;
    private final LiveAlerts describer;
    private final Clock clock;
    private final Map<UserId, Set<SseEmitter>> connections = new ConcurrentHashMap<>();
    private final Map<Long, Instant> delivered = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alert-live-feed");
        t.setDaemon(true);
        return t;
    });
    private volatile Instant lastHeartbeat = Instant.EPOCH;
    private volatile boolean running;

    LiveAlertFeed(AlertEventRepository events, LiveAlerts describer, Clock clock) {
        this.events = events;
        this.describer = describer;
        this.clock = clock;
    }

    /** Opens a stream for a therapist; the browser reconnects by itself when it times out. */
    SseEmitter connect(UserId therapist) {
        SseEmitter emitter = new SseEmitter(EMITTER_TIMEOUT.toMillis());
        register(therapist, emitter);
        try {
            emitter.send(SseEmitter.event().name("ready").data("ok").reconnectTime(3000));
        } catch (IOException | IllegalStateException e) {
            remove(therapist, emitter);
        }
        return emitter;
    }

    void register(UserId therapist, SseEmitter emitter) {
        connections.computeIfAbsent(therapist, k -> new CopyOnWriteArraySet<>()).add(emitter);
        emitter.onCompletion(() -> remove(therapist, emitter));
        emitter.onTimeout(() -> remove(therapist, emitter));
        emitter.onError(e -> remove(therapist, emitter));
    }

    int connectionCount() {
        return connections.values().stream().mapToInt(Set::size).sum();
    }

    /**
     * Records, in the caller's transaction, that {@code recipient} must be told about an alert; after
     * the transaction commits this node pushes it at once, other nodes pick it up from the feed.
     */
    void announce(UUID alertId, PracticeId practice, UserId recipient, String kind) {
        Instant now = clock.instant();
        long eventId = events.insert(alertId, practice, recipient, kind, now);
        AlertEventRepository.AlertEvent event =
                new AlertEventRepository.AlertEvent(eventId, alertId, recipient, kind, now);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.execute(() -> deliverSafely(List.of(event)));
                }
            });
        }
    }

    /** The cross-node path: events saved anywhere in the last seconds, sent here once each. */
    @Scheduled(fixedDelayString = "${tandem.safety.alerts.live-poll-interval:500}")
    void poll() {
        Instant now = clock.instant();
        if (connections.isEmpty()) {
            return;
        }
        deliverSafely(events.since(now.minus(LOOK_BACK)));
        delivered.values().removeIf(at -> at.isBefore(now.minus(LOOK_BACK.multipliedBy(4))));
        if (Duration.between(lastHeartbeat, now).compareTo(HEARTBEAT) >= 0) {
            lastHeartbeat = now;
            heartbeat();
        }
    }

    private void deliverSafely(List<AlertEventRepository.AlertEvent> batch) {
        try {
            deliver(batch, describer::describe);
        } catch (RuntimeException e) {
            log.warn(
                    "Live alert delivery failed ({}); the inbox, notification and email still hold the alert",
                    e.getClass().getSimpleName());
        }
    }

    void deliver(
            List<AlertEventRepository.AlertEvent> batch,
            Function<AlertEventRepository.AlertEvent, LiveAlert> describe) {
        for (AlertEventRepository.AlertEvent event : batch) {
            Set<SseEmitter> targets = connections.get(event.recipient());
            if (targets == null || targets.isEmpty() || delivered.putIfAbsent(event.id(), clock.instant()) != null) {
                continue;
            }
            LiveAlert alert = describe.apply(event);
            for (SseEmitter emitter : targets) {
                try {
                    emitter.send(SseEmitter.event()
                            .id(Long.toString(event.id()))
                            .name("alert")
                            .data(alert, MediaType.APPLICATION_JSON));
                } catch (IOException | RuntimeException e) {
                    remove(event.recipient(), emitter);
                }
            }
            log.info("Alert {} ({}) pushed live to {}", event.alertId(), event.kind(), event.recipient());
        }
    }

    private void heartbeat() {
        connections.forEach((user, emitters) -> emitters.forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | RuntimeException e) {
                remove(user, emitter);
            }
        }));
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void prune() {
        int removed = events.deleteBefore(clock.instant().minus(Duration.ofDays(1)));
        if (removed > 0) {
            log.debug("Pruned {} live alert events", removed);
        }
    }

    private void remove(UserId user, SseEmitter emitter) {
        Set<SseEmitter> set = connections.get(user);
        if (set != null) {
            set.remove(emitter);
            if (set.isEmpty()) {
                connections.remove(user, set);
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every stream before the web server's graceful shutdown starts (higher phase stops first):
     * an open stream would otherwise count as an active request and hold the shutdown. Browsers
     * reconnect by themselves, to another node behind the load balancer.
     */
    @Override
    public void stop() {
        running = false;
        connections.values().forEach(set -> set.forEach(SseEmitter::complete));
        connections.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
        connections.values().forEach(set -> set.forEach(SseEmitter::complete));
        connections.clear();
    }
}
