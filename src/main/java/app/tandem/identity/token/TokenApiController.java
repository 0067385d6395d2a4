package app.tandem.identity.token;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.NotClientFreeText;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Issues bearer tokens for the JSON API in exchange for an email and password. */
@RestController
@RequestMapping("/api/v1/auth")
class TokenApiController {

    private static final int PER_MINUTE = 10;

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    // per-node limit; with several nodes each allows this many (documented in the README)
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenApiController(AuthenticationManager authentication, ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    @PostMapping("/tokens")
    ResponseEntity<?> issue(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        if (!bucketFor(request.getRemoteAddr()).tryConsume(1)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many sign-in attempts from this address. Wait a minute and try again.");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", "60")
                    .body(problem);
        }
        try {
            Authentication result = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(body.email(), body.password()));
            ApiTokens.IssuedToken issued = tokens.issue((CurrentUser) result.getPrincipal(), labelFor(request));
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new TokenResponse(issued.token(), issued.expiresAt()));
        } catch (LockedException e) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "Sign-in is paused after several failed attempts. Try again later."));
        } catch (AuthenticationException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.UNAUTHORIZED, "That email and password do not match an account."));
        }
    }

    private Bucket bucketFor(String address) {
        if (buckets.size() > 10_000) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(
                address,
                a -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(PER_MINUTE)
                                .refillGreedy(PER_MINUTE, Duration.ofMinutes(1))
                                .build())
                        .build());
    }

    private static String labelFor(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        String label = agent == null || agent.isBlank() ? "API client" : agent;
        return label.length() > 100 ? label.substring(0, 100) : label;
    }

    record TokenRequest(
            @NotBlank(message = "Enter your email address.") @Email(message = "Enter a valid email address.") @Size(max = 320) @NotClientFreeText("email address")
            String email,

            @NotBlank(message = "Enter your password.") @Size(max = 200) @NotClientFreeText("password")
            String password) {}

    record TokenResponse(String token, Instant expiresAt) {}
}
