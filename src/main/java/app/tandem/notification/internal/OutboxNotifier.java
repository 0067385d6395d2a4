package app.tandem.notification.internal;

import app.tandem.notification.AccountEmail;
import app.tandem.notification.CalendarEmail;
import app.tandem.notification.Channels;
import app.tandem.notification.EmailDelivery;
import app.tandem.notification.NotificationKind;
import app.tandem.notification.Notifier;
import app.tandem.notification.Recipient;
import app.tandem.notification.RecipientDirectory;
import app.tandem.practice.PracticeView;
import app.tandem.practice.Practices;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PublicAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes notifications and emails into the outbox in the caller's transaction; the dispatcher sends them. */
@Service
class OutboxNotifier implements Notifier {

    private static final Logger log = LoggerFactory.getLogger(OutboxNotifier.class);

    private final NotificationRepository notifications;
    private final OutboundEmailRepository emails;
    private final ObjectProvider<RecipientDirectory> recipients;
    private final PushSubscriptions pushes;
    private final Practices practices;
    private final Links links;
    private final Clock clock;

    OutboxNotifier(
            NotificationRepository notifications,
            OutboundEmailRepository emails,
            ObjectProvider<RecipientDirectory> recipients,
            PushSubscriptions pushes,
            Practices practices,
            PublicAddress address,
            Clock clock) {
        this.notifications = notifications;
        this.emails = emails;
        this.recipients = recipients;
        this.pushes = pushes;
        this.practices = practices;
        this.links = new Links(address);
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void notifyUser(UserId recipient, NotificationKind kind, String link) {
        notifyUser(recipient, kind, link, null);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> notifyUser(UserId user, NotificationKind kind, String link, String reference) {
        return notifyUser(user, kind, link, reference, Channels.ALL);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> notifyUser(
            UserId user, NotificationKind kind, String link, String reference, Channels channels) {
        String path = Links.requireInAppPath(link);
        Optional<Recipient> found = findRecipient(user);
        if (found.isEmpty()) {
            // A lost notification must not undo the caller's change, so this is not an exception.
            log.warn("Notification {} for user {} dropped: no such recipient", kind, user);
            return Optional.empty();
        }
        Recipient recipient = found.get();
        Instant now = clock.instant();
        UUID notificationId = UUID.randomUUID();
        notifications.insert(notificationId, recipient.practiceId(), user, kind, path, now);
        String practiceName = practiceName(recipient.practiceId());
        // a push to each device the person turned notifications on for; a disabled account gets none, as no email
        int pushed =
                channels.push() && recipient.emailAllowed() ? pushes.queue(user, kind, practiceName, path, now) : 0;
        if (!channels.email() || !recipient.wantsEmail()) {
            log.info(
                    "Notification {} ({}) stored for user {}, {} push(es), no email",
                    notificationId,
                    kind,
                    user,
                    pushed);
            return Optional.empty();
        }
        UserEmailText text = UserEmailText.of(kind, practiceName, links.absolute(path), links.absolute("/help"));
        UUID emailId = UUID.randomUUID();
        emails.insert(emailId, recipient.practiceId(), reference, recipient.email(), text.subject(), text.body(), now);
        log.info(
                "Notification {} ({}) stored for user {}, {} push(es), email {} queued",
                notificationId,
                kind,
                user,
                pushed,
                emailId);
        return Optional.of(emailId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendAccountEmail(AccountEmail email) {
        sendAccountEmail(email, null, null);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID sendAccountEmail(AccountEmail email, PracticeId practice, String reference) {
        UUID id = UUID.randomUUID();
        emails.insert(id, practice, reference, email.to(), email.subject(), email.body(), clock.instant());
        log.info("Account email {} queued (reference {})", id, reference);
        return id;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID sendCalendarEmail(CalendarEmail email, PracticeId practice, String reference) {
        UUID id = UUID.randomUUID();
        emails.insert(id, practice, reference, email.to(), email.subject(), email.body(), clock.instant());
        emails.attachCalendar(id, email.method(), email.calendar());
        log.info("Calendar email {} ({}) queued (reference {})", id, email.method(), reference);
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EmailDelivery> deliveryStatus(UUID emailId) {
        return emails.delivery(emailId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EmailDelivery> deliveriesFor(String reference) {
        return emails.deliveriesFor(reference);
    }

    private Optional<Recipient> findRecipient(UserId user) {
        RecipientDirectory directory = recipients.getIfAvailable();
        if (directory == null) {
            log.warn("No RecipientDirectory bean: user notifications cannot be stored");
            return Optional.empty();
        }
        return directory.find(user);
    }

    private String practiceName(PracticeId practice) {
        return practices.find(practice).map(PracticeView::name).orElse("your practice");
    }
}
