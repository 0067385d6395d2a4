package app.tandem.identity.security;

import app.tandem.identity.account.AccountRepository;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After sign-in: sets the idle timeout for the role (staff 30 minutes; clients as they chose, or the
 * practice default); sends a therapist or admin without two-step sign-in to enrolment when the practice
 * requires it. After a right password of someone with two-step sign-in: on to the code step. After a
 * failure: back to the form with a reason a person understands. A passkey sign-in (a script's JSON
 * request) gets the same session rules and answers in JSON with where to go next.
 */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    static final Duration STAFF_IDLE = Duration.ofMinutes(30);

    private final AccountRepository accounts;
    private final Practices practices;
    private final SecondFactorCheck secondFactor;
    private final Clock clock;

    SignInHandlers(AccountRepository accounts, Practices practices, SecondFactorCheck secondFactor, Clock clock) {
        this.accounts = accounts;
        this.practices = practices;
        this.secondFactor = secondFactor;
        this.clock = clock;
        setDefaultTargetUrl("/");
        setAlwaysUseDefaultTargetUrl(false);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        CurrentUser user = startSession(request, authentication);
        if (secondFactor.mustEnrolFirst(user)) {
            request.getSession().setAttribute(MfaEnrolmentGate.SESSION_ATTRIBUTE, Boolean.TRUE);
            getRedirectStrategy().sendRedirect(request, response, MfaEnrolmentGate.ENROLMENT);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /** After a passkey sign-in: the session rules, then {"authenticated":true,"redirectUrl":...}. */
    AuthenticationSuccessHandler passkeySuccess() {
        HttpMessageConverterAuthenticationSuccessHandler json = new HttpMessageConverterAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            startSession(request, authentication);
            // no enrolment detour: whoever signs in with a passkey has a second factor
            json.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** After a refused passkey: 401 with the sign-in page to show, reason included. */
    void onPasskeyFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = exception instanceof DisabledException ? "disabled" : "passkey";
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        response.getWriter()
                .write("{\"authenticated\":false,\"redirectUrl\":\"" + request.getContextPath() + "/login?error="
                        + reason + "\"}");
    }

    private CurrentUser startSession(HttpServletRequest request, Authentication authentication) {
        CurrentUser user = (CurrentUser) authentication.getPrincipal();
        request.getSession().setMaxInactiveInterval((int) idleTimeout(user).toSeconds());
        return user;
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
        if (exception instanceof SecondFactorRequiredException second) {
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            request.getSession()
                    .setAttribute(
                            PendingSignIn.SESSION_ATTRIBUTE,
                            new PendingSignIn(second.user(), second.email(), second.address(), clock.instant()));
            target = "/login/code";
        } else if (exception instanceof AccountPausedException paused) {
            long seconds = Math.max(
                    1, Duration.between(clock.instant(), paused.until()).toSeconds());
            target = "/login?error=paused&seconds=" + seconds;
        } else if (exception instanceof DisabledException) {
            target = "/login?error=disabled";
        } else if (exception instanceof PasskeyRequiredException) {
            target = "/login?error=passkeyRequired";
        }
        getRedirectStrategy().sendRedirect(request, response, target);
    }
}
