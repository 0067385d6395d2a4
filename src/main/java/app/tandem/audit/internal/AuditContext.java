package app.tandem.audit.internal;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.RequestIdFilter;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Captures who is acting, when, and from which request, on the calling thread. */
@Component
public class AuditContext {

    private final Clock clock;

    AuditContext(Clock clock) {
        this.clock = clock;
    }

    public AuditFacts capture(AuditAction action, UserId client, String what) {
        Optional<CurrentUser> actor = CurrentUser.current();
        return AuditFacts.recorded(
                clock.instant(),
                actor.map(CurrentUser::id).orElse(null),
                actor.map(u -> u.primaryRole().name()).orElse(AuditFacts.SYSTEM_ROLE),
                client,
                action,
                what,
                RequestIdFilter.currentRequestId(),
                remoteAddress());
    }

    private static String remoteAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            // Behind a proxy this is the client's address: server.forward-headers-strategy=framework.
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }
}
