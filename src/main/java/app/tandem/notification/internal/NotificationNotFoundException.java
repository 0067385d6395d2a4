package app.tandem.notification.internal;

import java.util.UUID;

/** Something a page asked for does not exist for this person (or at all); answered with 404. */
public class NotificationNotFoundException extends RuntimeException {

    private NotificationNotFoundException(String message) {
        super(message);
    }

    public static NotificationNotFoundException notification(UUID id) {
        return new NotificationNotFoundException("No notification " + id + " for this user");
    }

    public static NotificationNotFoundException pushDevice(UUID id) {
        return new NotificationNotFoundException("No push device " + id + " for this user");
    }

    public static NotificationNotFoundException devMail(UUID id) {
        return new NotificationNotFoundException("No development mail " + id);
    }

    public static NotificationNotFoundException devMailboxOff() {
        return new NotificationNotFoundException("The development mailbox is off: SMTP is configured");
    }
}
