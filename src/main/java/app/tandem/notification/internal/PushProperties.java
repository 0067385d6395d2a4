package app.tandem.notification.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Web Push settings; every value has a default here.
 *
 * @param subject the VAPID contact push services may write to ({@code mailto:} or {@code https:}); empty means
 *     {@code tandem.base-url} when it is https, else {@code mailto:} the sender address of emails
 * @param endpointHosts the push services a subscription may point at (a host or a parent domain of it); the server
 *     POSTs to these addresses, so anything else is refused (no requests to arbitrary or internal hosts)
 * @param allowLoopback also accept {@code http(s)://} endpoints on this computer (127.0.0.1, localhost, [::1]): for
 *     tests and the benchmark's local push service stub only
 * @param ttl how long a push service keeps a push for a device that is offline
 * @param timeout connect and answer timeout of one request to a push service
 */
@ConfigurationProperties("tandem.push")
public record PushProperties(
        String subject, List<String> endpointHosts, boolean allowLoopback, Duration ttl, Duration timeout) {

    /** Google (Chrome, Edge on Android, most Android browsers), Mozilla, Microsoft and Apple. */
    static final List<String> KNOWN_PUSH_SERVICES =
            List.of("fcm.googleapis.com", "push.services.mozilla.com", "notify.windows.com", "push.apple.com");

    public PushProperties {
        subject = subject == null ? "" : subject.strip();
        List<String> hosts = endpointHosts == null
                ? List.of()
                : endpointHosts.stream()
                        .map(String::strip)
                        .filter(h -> !h.isEmpty())
                        .toList();
        endpointHosts = hosts.isEmpty() ? KNOWN_PUSH_SERVICES : hosts;
        ttl = ttl == null ? Duration.ofHours(12) : ttl;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
