package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@TandemIntegrationTest
class OutboxTransactionTest {

    @Autowired
    Notifier notifier;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate tx;
    CurrentUser client;

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactionManager);
        client = data.aClientOf(data.aTherapist(data.aPractice()));
    }

    @Test
    void storesNothingWhenTheCallersTransactionRollsBack() {
        tx.executeWithoutResult(status -> {
            notifier.notifyUser(client.id(), NotificationKind.NEW_MESSAGE, "/client/messages");
            notifier.sendAccountEmail(new AccountEmail(client.email(), "Reset your password", "Link"));
            status.setRollbackOnly();
        });

        assertThat(notificationsOf(client)).isZero();
        assertThat(emailsTo(client.email())).isZero();
    }

    @Test
    void storesTheNotificationAndItsEmailWhenTheCallersTransactionCommits() {
        Optional<UUID> emailId = tx.execute(status ->
                notifier.notifyUser(client.id(), NotificationKind.NEW_MESSAGE, "/client/messages", "message-1"));

        assertThat(notificationsOf(client)).isOne();
        assertThat(emailId).isPresent();
        assertThat(notifier.deliveryStatus(emailId.get()))
                .get()
                .satisfies(d -> assertThat(d.reference()).isEqualTo("message-1"));
        assertThat(notifier.deliveriesFor("message-1"))
                .extracting(EmailDelivery::id)
                .containsExactly(emailId.get());
    }

    @Test
    void refusesToSendOutsideATransaction() {
        assertThatThrownBy(() -> notifier.notifyUser(client.id(), NotificationKind.REMINDER, "/client"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(notificationsOf(client)).isZero();
    }

    @Test
    void refusesLinksThatLeaveTandem() {
        assertThatThrownBy(() -> tx.executeWithoutResult(status ->
                        notifier.notifyUser(client.id(), NotificationKind.REMINDER, "https://evil.example/phish")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(
                        status -> notifier.notifyUser(client.id(), NotificationKind.REMINDER, "//evil.example/phish")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storesNoEmailForADisabledAccountButKeepsTheInAppNotification() {
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id = :id")
                .param("id", client.id().value())
                .update();

        Optional<UUID> emailId =
                tx.execute(status -> notifier.notifyUser(client.id(), NotificationKind.REMINDER, "/client", null));

        assertThat(emailId).isEmpty();
        assertThat(notificationsOf(client)).isOne();
        assertThat(emailsTo(client.email())).isZero();
    }

    private long notificationsOf(CurrentUser user) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :id")
                .param("id", user.id().value())
                .query(Long.class)
                .single();
    }

    private long emailsTo(String address) {
        return jdbc.sql("SELECT COUNT(*) FROM outbound_email WHERE to_address = :to")
                .param("to", address)
                .query(Long.class)
                .single();
    }
}
