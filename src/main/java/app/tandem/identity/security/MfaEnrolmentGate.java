package app.tandem.identity.security;

import app.tandem.shared.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the practice requires two-step sign-in and a therapist or admin signed in without it, every page
 * but enrolment (and sign-out and assets) sends them to enrolment until it is on.
 */
class MfaEnrolmentGate extends OncePerRequestFilter {

    static final String SESSION_ATTRIBUTE = "tandem.mfaEnrolmentRequired";
    static final String ENROLMENT = "/settings/mfa";
    // a passkey counts as enrolment, so registering one stays open too
    private static final List<String> OPEN = List.of(
            ENROLMENT,
            "/webauthn/register",
            "/logout",
            "/css/",
            "/js/",
            "/images/",
            "/webjars/",
            "/favicon.ico",
            "/error");

    private final SecondFactorCheck secondFactor;

    MfaEnrolmentGate(SecondFactorCheck secondFactor) {
        this.secondFactor = secondFactor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(SESSION_ATTRIBUTE) == null) {
            chain.doFilter(request, response);
            return;
        }
        CurrentUser user = CurrentUser.current().orElse(null);
        if (user == null || secondFactor.enrolled(user.id())) {
            session.removeAttribute(SESSION_ATTRIBUTE);
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        String accept = request.getHeader("Accept");
        if (request.getHeader("HX-Request") != null || (accept != null && accept.contains("text/event-stream"))) {
            // a fragment or a stream is no place for the enrolment page
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.sendRedirect(request.getContextPath() + ENROLMENT);
    }
}
