package app.tandem.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second sign-in step: the code from the authenticator app (or a recovery code) after a right password. */
@Controller
class SecondStepController {

    private final SecondFactorCheck check;
    private final SignInHandlers handlers;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondStepController(SecondFactorCheck check, SignInHandlers handlers, Clock clock) {
        this.check = check;
        this.handlers = handlers;
        this.clock = clock;
    }

    @GetMapping("/login/code")
    String form(HttpServletRequest request) {
        return pending(request) == null ? "redirect:/login" : "identity/login-code";
    }

    @PostMapping("/login/code")
    void submit(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        PendingSignIn pending = pending(request);
        if (pending == null) {
            response.sendRedirect(request.getContextPath() + "/login?error=expired");
            return;
        }
        String typed = code == null || code.length() > 40 ? "" : code.trim();
        SecondFactorCheck.Outcome outcome = check.check(pending.user(), pending.email(), pending.address(), typed);
        HttpSession session = request.getSession();
        if (outcome.signedIn().isPresent()) {
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
            request.changeSessionId();
            Authentication authentication = outcome.signedIn().get();
            SecurityContext context =
                    SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.getContextHolderStrategy().setContext(context);
            contexts.saveContext(context, request, response);
            handlers.onAuthenticationSuccess(request, response, authentication);
        } else if (outcome.pausedUntil().isPresent()) {
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
            long seconds = Math.max(
                    1,
                    Duration.between(clock.instant(), outcome.pausedUntil().get())
                            .toSeconds());
            response.sendRedirect(request.getContextPath() + "/login?error=paused&seconds=" + seconds);
        } else {
            response.sendRedirect(request.getContextPath() + "/login/code?error");
        }
    }

    private PendingSignIn pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE) instanceof PendingSignIn p)) {
            return null;
        }
        Instant now = clock.instant();
        if (p.expiredAt(now)) {
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
            return null;
        }
        return p;
    }
}
