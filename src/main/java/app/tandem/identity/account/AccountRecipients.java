package app.tandem.identity.account;

import app.tandem.notification.Recipient;
import app.tandem.notification.RecipientDirectory;
import app.tandem.shared.UserId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tells the notification module where a person's notifications go. */
@Component
class AccountRecipients implements RecipientDirectory {

    private final AccountRepository accounts;

    AccountRecipients(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Recipient> find(UserId user) {
        return accounts.find(user)
                .map(Account::person)
                .map(p -> new Recipient(p.id(), p.practiceId(), p.email(), p.enabled()));
    }
}
