package app.tandem.notification.internal;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due pushes from the outbox, as {@link EmailDispatcher} sends emails: each round claims rows in a short
 * transaction ({@code FOR UPDATE SKIP LOCKED} plus a guarded update that moves the row's next attempt to the end of
 * a lease), sends the batch concurrently outside any transaction, and records each outcome only if the claim is still
 * its own. A push service answering 2xx: sent. 404/410: the subscription is gone and is deleted (with its other
 * pushes). 429/5xx or no answer: tried again with backoff (or after its Retry-After, when longer). Any other 4xx:
 * refused for good, recorded on the subscription.
 */
@Component
public class PushDispatcher {

    private static final Logger log = LoggerFactory.getLogger(PushDispatcher.class);
    private static final int MAX_ROUNDS = 50;

    private final PushDeliveryRepository deliveries;
    private final PushSubscriptionRepository subscriptions;
    private final WebPushRequests requests;
    private final NotificationProperties properties;
    private final RetryPolicy retryPolicy;
    private final TransactionTemplate transactions;
    private final HttpClient http;

    PushDispatcher(
            PushDeliveryRepository deliveries,
            PushSubscriptionRepository subscriptions,
            WebPushRequests requests,
            NotificationProperties properties,
            PushProperties push,
            PlatformTransactionManager transactionManager) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.requests = requests;
        this.properties = properties;
        this.retryPolicy = properties.retryPolicy();
        this.transactions = new TransactionTemplate(transactionManager);
        this.http = HttpClient.newBuilder()
                .connectTimeout(push.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** How one attempt ended. */
    enum Outcome {
        SENT,
        GONE,
        RETRY,
        REFUSED
    }

    private record Answer(int status, Optional<Duration> retryAfter, String error) {}

    /** Sends every push due at {@code now}, batch by batch; returns how many were attempted. */
    public int dispatchDue(Instant now) {
        int attempted = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<PushDeliveryRepository.Claimed> batch = claim(now);
            if (batch.isEmpty()) {
                break;
            }
            List<CompletableFuture<Answer>> answers = new ArrayList<>();
            for (PushDeliveryRepository.Claimed delivery : batch) {
                answers.add(send(delivery));
            }
            for (int i = 0; i < batch.size(); i++) {
                record(batch.get(i), answers.get(i).join(), now);
            }
            attempted += batch.size();
        }
        return attempted;
    }

    private List<PushDeliveryRepository.Claimed> claim(Instant now) {
        return deliveries
                .lease()
                .claimDue(transactions, now, properties.lease(), properties.batchSize(), deliveries::claimedBy);
    }

    private CompletableFuture<Answer> send(PushDeliveryRepository.Claimed delivery) {
        HttpRequest request;
        try {
            request = requests.build(
                    delivery.endpoint(),
                    delivery.p256dh(),
                    delivery.auth(),
                    delivery.payload().getBytes(StandardCharsets.UTF_8),
                    delivery.urgency());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // keys that are no P-256 point, an endpoint that is no URI: no retry makes them work
            return CompletableFuture.completedFuture(new Answer(-1, Optional.empty(), "unusable subscription"));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> new Answer(
                        response.statusCode(),
                        response.headers().firstValue("Retry-After").flatMap(PushDispatcher::seconds),
                        "HTTP " + response.statusCode()))
                .exceptionally(e -> new Answer(0, Optional.empty(), EmailDispatcher.errorClass(unwrap(e))));
    }

    private void record(PushDeliveryRepository.Claimed delivery, Answer answer, Instant now) {
        Outcome outcome = outcome(answer.status());
        switch (outcome) {
            case SENT -> {
                if (deliveries.finish(delivery)) {
                    subscriptions.recordSuccess(delivery.subscriptionId(), now);
                    log.info("Push {} sent on attempt {}", delivery.id(), delivery.attempts());
                } else {
                    log.warn(
                            "Push {} sent, but it was no longer claimed (lease over, or its device removed meanwhile)",
                            delivery.id());
                }
            }
            case GONE -> {
                subscriptions.deleteGone(delivery.subscriptionId());
                log.info(
                        "Push subscription {} is gone ({}): deleted with its pushes",
                        delivery.subscriptionId(),
                        answer.error());
            }
            case REFUSED -> giveUp(delivery, answer.error(), now);
            case RETRY -> retryOrGiveUp(delivery, answer, now);
        }
    }

    static Outcome outcome(int status) {
        if (status >= 200 && status < 300) {
            return Outcome.SENT;
        }
        if (status == 404 || status == 410) {
            return Outcome.GONE;
        }
        if (status == 0 || status == 429 || status >= 500) {
            return Outcome.RETRY;
        }
        return Outcome.REFUSED;
    }

    private void retryOrGiveUp(PushDeliveryRepository.Claimed delivery, Answer answer, Instant now) {
        Optional<Instant> next = retryPolicy.nextAttemptAfter(delivery.attempts(), now);
        if (next.isEmpty()) {
            giveUp(delivery, answer.error(), now);
            return;
        }
        Instant at = next.get();
        if (answer.retryAfter().isPresent()) {
            Instant asked = now.plus(answer.retryAfter().get());
            Instant latest = now.plus(properties.maxRetry());
            at = asked.isAfter(at) ? (asked.isAfter(latest) ? latest : asked) : at;
        }
        if (deliveries.lease().retryAt(delivery.id(), delivery.claimToken(), answer.error(), at)) {
            subscriptions.recordFailure(delivery.subscriptionId(), answer.error(), now);
            log.warn(
                    "Push {} attempt {} failed ({}); next attempt at {}",
                    delivery.id(),
                    delivery.attempts(),
                    answer.error(),
                    at);
        }
    }

    private void giveUp(PushDeliveryRepository.Claimed delivery, String error, Instant now) {
        if (deliveries.finish(delivery)) {
            subscriptions.recordFailure(delivery.subscriptionId(), error, now);
            log.error("Push {} failed for good after {} attempts ({})", delivery.id(), delivery.attempts(), error);
        }
    }

    private static Optional<Duration> seconds(String retryAfter) {
        try {
            long value = Long.parseLong(retryAfter.strip());
            return value > 0 ? Optional.of(Duration.ofSeconds(value)) : Optional.empty();
        } catch (NumberFormatException httpDate) {
            return Optional.empty();
        }
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }
}
