package app.tandem.identity;

import app.tandem.identity.account.AccountRepository;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** An admin moves a client to another therapist of the practice (the caller audits it in the same transaction). */
@Service
public class ClientTransfers {

    private static final Logger log = LoggerFactory.getLogger(ClientTransfers.class);

    private final AccountRepository accounts;

    ClientTransfers(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** False when the client or the (active) therapist is not of the admin's practice. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean move(CurrentUser admin, UserId client, UserId therapist) {
        boolean moved = accounts.setPrimaryTherapist(admin.practiceId(), client, therapist);
        if (moved) {
            log.info("Client {} moved to therapist {} by admin {}", client, therapist, admin.id());
        }
        return moved;
    }
}
