package app.tandem.notification.internal;

import app.tandem.notification.NotificationKind;
import java.time.Instant;
import java.util.UUID;

/** One notification as its owner sees it in the notification centre. */
public record NotificationView(UUID id, NotificationKind kind, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** The message key of the fixed, content-free title for this kind. */
    public String titleKey() {
        return "notification.kind." + kind.name();
    }
}
