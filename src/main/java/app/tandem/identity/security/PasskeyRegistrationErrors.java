package app.tandem.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring's passkey registration filter answers a body it cannot read with 400 but lets everything the
 * relying party refuses (a name that is empty or too long, an attestation that does not verify) escape as a
 * server error. Registration is a person's mistake or a forged request, never ours: this answers it as
 * Spring answers a refusal, 400 with {@code {"success":false}}, and the page says to try again.
 */
class PasskeyRegistrationErrors extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PasskeyRegistrationErrors.class);
    private static final RequestMatcher REGISTER =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/webauthn/register");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !REGISTER.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException refused) {
            if (response.isCommitted()) {
                throw refused;
            }
            // the exception's text may quote what was sent; its type is enough to follow up
            log.info("Passkey registration refused: {}", refused.getClass().getSimpleName());
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"success\":false}");
        }
    }
}
