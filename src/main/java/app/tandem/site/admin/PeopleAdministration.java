package app.tandem.site.admin;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.AccountPauses;
import app.tandem.identity.ClientTransfers;
import app.tandem.identity.SecondFactorResets;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does to people's accounts: pause, reactivate, reset second factors, move a client (audited
 * with the change).
 */
@Service
class PeopleAdministration {

    private final AccountPauses pauses;
    private final ClientTransfers transfers;
    private final SecondFactorResets secondFactors;
    private final AuditTrail audit;

    PeopleAdministration(
            AccountPauses pauses, ClientTransfers transfers, SecondFactorResets secondFactors, AuditTrail audit) {
        this.pauses = pauses;
        this.transfers = transfers;
        this.secondFactors = secondFactors;
        this.audit = audit;
    }

    @Transactional
    boolean resetSecondFactors(CurrentUser admin, UserId account) {
        boolean reset = secondFactors.reset(admin, account);
        if (reset) {
            audit.write(admin.practiceId(), account, "second-factors-reset");
        }
        return reset;
    }

    boolean pause(CurrentUser admin, UserId account) {
        return pauses.pause(admin, account);
    }

    boolean reactivate(CurrentUser admin, UserId account) {
        return pauses.reactivate(admin, account);
    }

    @Transactional
    boolean moveClient(CurrentUser admin, UserId client, UserId therapist) {
        boolean moved = transfers.move(admin, client, therapist);
        if (moved) {
            audit.write(admin.practiceId(), client, "primary-therapist");
        }
        return moved;
    }
}
