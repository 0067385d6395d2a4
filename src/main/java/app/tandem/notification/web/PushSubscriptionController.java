package app.tandem.notification.web;

import app.tandem.notification.internal.PushSubscriptions;
import app.tandem.notification.internal.VapidKeys;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.NotClientFreeText;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Web Push subscriptions of the signed-in person: what the browser's {@code PushSubscription.toJSON()} gives is
 * stored, and removed by its endpoint. Each route answers twice: under {@code /api/v1} for bearer tokens and under
 * {@code /notifications} for the page's script (session and CSRF token, as every page request).
 */
@RestController
class PushSubscriptionController {

    private final PushSubscriptions subscriptions;
    private final VapidKeys vapid;

    PushSubscriptionController(PushSubscriptions subscriptions, VapidKeys vapid) {
        this.subscriptions = subscriptions;
        this.vapid = vapid;
    }

    /** {@code PushSubscription.toJSON()}; {@code expirationTime} and anything else is ignored. */
    record SubscriptionRequest(
            @NotClientFreeText("push service URL") String endpoint, Keys keys) {

        record Keys(
                @NotClientFreeText("public key") String p256dh,
                @NotClientFreeText("secret") String auth) {}

        String p256dh() {
            return keys == null ? null : keys.p256dh();
        }

        String auth() {
            return keys == null ? null : keys.auth();
        }
    }

    record EndpointRequest(
            @NotClientFreeText("push service URL") String endpoint) {}

    /** The stored subscription: its id and the name the device list shows. */
    record SubscriptionResponse(UUID id, String device) {}

    @PostMapping({"/api/v1/push-subscriptions", "/notifications/push-subscriptions"})
    ResponseEntity<SubscriptionResponse> subscribe(
            @AuthenticationPrincipal CurrentUser user,
            @RequestBody SubscriptionRequest body,
            @RequestHeader(name = "User-Agent", required = false) String userAgent) {
        UUID id = subscriptions.subscribe(user, body.endpoint(), body.p256dh(), body.auth(), userAgent);
        String device = subscriptions.devices(user.id()).stream()
                .filter(d -> d.id().equals(id))
                .map(d -> d.label())
                .findFirst()
                .orElse("");
        return ResponseEntity.status(HttpStatus.CREATED).body(new SubscriptionResponse(id, device));
    }

    /** By endpoint, in the JSON body ({@code {"endpoint": ...}}) or as the {@code endpoint} parameter. */
    @DeleteMapping({"/api/v1/push-subscriptions", "/notifications/push-subscriptions"})
    ResponseEntity<Void> unsubscribe(
            @AuthenticationPrincipal CurrentUser user,
            @RequestBody(required = false) EndpointRequest body,
            @RequestParam(name = "endpoint", required = false) String endpointParameter) {
        String endpoint = body != null && body.endpoint() != null ? body.endpoint() : endpointParameter;
        if (!subscriptions.unsubscribe(user.id(), endpoint)) {
            throw new PushApiErrors.NoSuchSubscription();
        }
        return ResponseEntity.noContent().build();
    }

    /** The key browsers subscribe with ({@code applicationServerKey}). */
    @GetMapping("/api/v1/push/vapid-public-key")
    Map<String, String> vapidPublicKey() {
        return Map.of("publicKey", vapid.publicKey());
    }
}
