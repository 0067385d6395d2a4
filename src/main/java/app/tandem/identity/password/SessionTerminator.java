package app.tandem.identity.password;

import app.tandem.shared.UserId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends stored sessions of a user (after a password change or reset, or a pause), on whichever node created them. */
@Component
class SessionTerminator {

    // absent when Tandem runs a command-line mode without the web server
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    void signOutEverywhere(UserId user) {
        signOutEverywhereExcept(user, null);
    }

    /** Ends every session of the user but {@code keepSessionId} (the one making the change; may be null). */
    void signOutEverywhereExcept(UserId user, String keepSessionId) {
        sessions.ifAvailable(repository -> repository.findByPrincipalName(user.toString()).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(repository::deleteById));
    }
}
