package app.tandem.notification.web;

import app.tandem.notification.internal.PushSubscriptions;
import app.tandem.notification.internal.VapidKeys;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * "Phone notifications" on the client's habits page: turn Web Push on for this browser (push.js), the account's
 * devices with their last delivery and a Remove button, "Send me a test", and what to do on an iPhone.
 */
@Component
class PushDevicesSection implements PageSection {

    private final PushSubscriptions subscriptions;
    private final VapidKeys vapid;

    PushDevicesSection(PushSubscriptions subscriptions, VapidKeys vapid) {
        this.subscriptions = subscriptions;
        this.vapid = vapid;
    }

    @Override
    public Page page() {
        return Page.CLIENT_REMINDERS;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        if (!viewer.id().equals(subject)) {
            return Optional.empty();
        }
        return Optional.of(new SectionView(
                "notification/push-section",
                Map.of(
                        "devices", subscriptions.devices(viewer.id()),
                        "vapidKey", vapid.publicKey(),
                        "zone", viewer.zone())));
    }
}
