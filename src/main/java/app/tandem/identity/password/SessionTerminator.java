package app.tandem.identity.password;

import app.tandem.shared.UserId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every stored session of a user (after a password reset), on whichever node created it. */
@Component
class SessionTerminator {

    // absent when Tandem runs a command-line mode without the web server
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    void signOutEverywhere(UserId user) {
        sessions.ifAvailable(repository ->
                repository.findByPrincipalName(user.toString()).keySet().forEach(repository::deleteById));
    }
}
