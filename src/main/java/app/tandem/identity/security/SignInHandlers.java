package app.tandem.identity.security;

import app.tandem.identity.account.AccountRepository;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After sign-in: sets the idle timeout for the role (staff 30 minutes; clients as they chose, or the
 * practice default). After a failure: back to the form with a reason a person understands.
 */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    static final Duration STAFF_IDLE = Duration.ofMinutes(30);

    private final AccountRepository accounts;
    private final Practices practices;
    private final Clock clock;

    SignInHandlers(AccountRepository accounts, Practices practices, Clock clock) {
        this.accounts = accounts;
        this.practices = practices;
        this.clock = clock;
        setDefaultTargetUrl("/");
        setAlwaysUseDefaultTargetUrl(false);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        CurrentUser user = (CurrentUser) authentication.getPrincipal();
        request.getSession().setMaxInactiveInterval((int) idleTimeout(user).toSeconds());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    Duration idleTimeout(CurrentUser user) {
        if (!user.isClient()) {
            return STAFF_IDLE;
        }
        Integer chosen = accounts.find(user.id()).map(a -> a.idleMinutes()).orElse(null);
        int minutes = chosen != null ? chosen : practices.get(user.practiceId()).clientIdleMinutes();
        return Duration.ofMinutes(minutes);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = "/login?error=credentials";
        if (exception instanceof AccountPausedException paused) {
            long seconds = Math.max(
                    1, Duration.between(clock.instant(), paused.until()).toSeconds());
            target = "/login?error=paused&seconds=" + seconds;
        } else if (exception instanceof org.springframework.security.authentication.DisabledException) {
            target = "/login?error=disabled";
        }
        getRedirectStrategy().sendRedirect(request, response, target);
    }
}
