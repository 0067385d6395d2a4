package app.tandem.notification.internal;

import app.tandem.notification.NotificationKind;
import app.tandem.practice.PracticeView;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's browsers that receive pushes, and the pushes queued for them. A push says only what the email would:
 * title "Tandem", the kind's fixed sentence naming the practice, and the in-app link; never a clinical detail.
 */
@Service
public class PushSubscriptions {

    static final String TITLE = "Tandem";
    private static final Logger log = LoggerFactory.getLogger(PushSubscriptions.class);

    private final PushSubscriptionRepository subscriptions;
    private final PushDeliveryRepository deliveries;
    private final PushSubscriptionPolicy policy;
    private final Practices practices;
    private final JsonMapper json;
    private final Clock clock;

    PushSubscriptions(
            PushSubscriptionRepository subscriptions,
            PushDeliveryRepository deliveries,
            PushSubscriptionPolicy policy,
            Practices practices,
            JsonMapper json,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.policy = policy;
        this.practices = practices;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Stores this browser's subscription for {@code user} (again: the same endpoint is updated, not doubled).
     *
     * @throws InvalidPushSubscriptionException when the endpoint or keys are not what a browser sends
     */
    @Transactional
    public UUID subscribe(CurrentUser user, String endpoint, String p256dh, String auth, String userAgent) {
        PushSubscriptionPolicy.Checked checked = policy.check(endpoint, p256dh, auth);
        String label = DeviceLabels.of(userAgent);
        Instant now = clock.instant();
        // two requests with the same new endpoint at once: one of them fails on the unique endpoint (answered 409)
        UUID id = subscriptions.upsert(
                user.practiceId(), user.id(), checked.endpoint(), checked.p256dh(), checked.auth(), label, now);
        log.info("Push subscription {} stored for user {} ({})", id, user.id(), label);
        return id;
    }

    /** Forgets this user's subscription with this endpoint; false when they have none with it. */
    @Transactional
    public boolean unsubscribe(UserId user, String endpoint) {
        boolean removed = endpoint != null && subscriptions.deleteByEndpoint(user, endpoint);
        if (removed) {
            log.info("Push subscription removed by user {}", user);
        }
        return removed;
    }

    /** Removes one of this user's devices by id; false when it is not theirs or not there. */
    @Transactional
    public boolean remove(UserId user, UUID device) {
        boolean removed = subscriptions.delete(user, device);
        if (removed) {
            log.info("Push subscription {} removed by user {}", device, user);
        }
        return removed;
    }

    @Transactional(readOnly = true)
    public List<PushDevice> devices(UserId user) {
        return subscriptions.devicesOf(user);
    }

    /** Queues a test push to each of the user's devices, through the same outbox; returns how many. */
    @Transactional
    public int sendTest(UserId user, PracticeId practice, String link) {
        String body = "This is a test from " + practiceName(practice) + ". Notifications work on this device.";
        return queue(user, payload(body, Links.requireInAppPath(link)), "normal", clock.instant());
    }

    /** Queues the push of a notification to each of the user's devices, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    int queue(UserId user, NotificationKind kind, String practiceName, String path, Instant now) {
        return queue(
                user,
                payload(UserEmailText.lead(kind, practiceName), path),
                kind.needsAttention() ? "high" : "normal",
                now);
    }

    private int queue(UserId user, String payload, String urgency, Instant now) {
        List<UUID> targets = subscriptions.idsOf(user);
        for (UUID subscription : targets) {
            deliveries.insert(UUID.randomUUID(), subscription, payload, urgency, now);
        }
        return targets.size();
    }

    private String payload(String body, String path) {
        Map<String, String> message = new LinkedHashMap<>();
        message.put("title", TITLE);
        message.put("body", body);
        message.put("url", path);
        return json.writeValueAsString(message);
    }

    private String practiceName(PracticeId practice) {
        return practices.find(practice).map(PracticeView::name).orElse("your practice");
    }
}
