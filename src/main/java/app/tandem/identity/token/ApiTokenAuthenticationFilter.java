package app.tandem.identity.token;

import app.tandem.identity.security.SignedInUsers;
import app.tandem.shared.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in API calls that carry {@code Authorization: Bearer <token>}. Registered only in the API chain. */
@Component
public class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;

    ApiTokenAuthenticationFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            Optional<CurrentUser> user =
                    tokens.authenticate(header.substring(PREFIX.length()).trim());
            user.ifPresent(u -> SecurityContextHolder.getContext().setAuthentication(SignedInUsers.authentication(u)));
        }
        chain.doFilter(request, response);
    }
}
