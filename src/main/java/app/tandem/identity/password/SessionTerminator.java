package app.tandem.identity.password;

import app.tandem.shared.UserId;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every stored session of a user (after a password reset), on whichever node created it. */
@Component
class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void signOutEverywhere(UserId user) {
        sessions.findByPrincipalName(user.toString()).keySet().forEach(sessions::deleteById);
    }
}
