package app.tandem.notification.internal;

import app.tandem.notification.NotificationKind;

/**
 * The email sent for a user notification: fixed text per kind, so it can never carry clinical
 * content. It names only the practice and links back into Tandem, where the details wait behind sign-in.
 */
record UserEmailText(String subject, String body) {

    static UserEmailText of(NotificationKind kind, String practiceName, String absoluteLink, String helpLink) {
        String subject = switch (kind) {
            case NEW_MESSAGE -> "You have a new message in Tandem";
            case RISK_ALERT, ALERT_ESCALATED -> "Something in Tandem needs your attention";
            case REMINDER -> "You have a reminder in Tandem";
            default -> "There is something new for you in Tandem";
        };
        String lead = lead(kind, practiceName);
        String body = """
                Hello,

                %s

                Open it here (you may be asked to sign in):
                %s

                For your privacy this email does not include any details.

                If you need help right now, see %s

                %s, via Tandem
                """.formatted(lead, absoluteLink, helpLink, practiceName);
        return new UserEmailText(subject, body);
    }

    /** The one sentence that says what happened, fixed per kind: the email's first line and the push's body. */
    static String lead(NotificationKind kind, String practiceName) {
        return switch (kind) {
            case NEW_MESSAGE -> "You have a new message in Tandem from " + practiceName + ".";
            case RISK_ALERT, ALERT_ESCALATED -> "Something in Tandem at " + practiceName + " needs your attention.";
            case REMINDER -> "You have a reminder from " + practiceName + ".";
            default -> "There is something new for you in Tandem from " + practiceName + ".";
        };
    }
}
