package app.tandem.notification.internal;

import app.tandem.shared.UserId;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own notifications: list, count unread, mark read. Nobody sees or marks another's. */
@Service
public class NotificationCentre {

    /** The notification centre shows this many; older ones stay stored but out of sight. */
    public static final int SHOWN = 100;

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationCentre(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NotificationView> latest(UserId user) {
        return notifications.latestFor(user, SHOWN);
    }

    @Transactional(readOnly = true)
    public long unreadCount(UserId user) {
        return notifications.unreadCount(user);
    }

    /** Marks one of the user's notifications read; unknown ids and other people's are "not found". */
    @Transactional
    public void markRead(UserId user, UUID notificationId) {
        if (!notifications.exists(notificationId, user)) {
            throw NotificationNotFoundException.notification(notificationId);
        }
        notifications.markRead(notificationId, user, clock.instant());
    }

    @Transactional
    public int markAllRead(UserId user) {
        return notifications.markAllRead(user, clock.instant());
    }
}
