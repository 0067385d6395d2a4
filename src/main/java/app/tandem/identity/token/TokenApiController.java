package app.tandem.identity.token;

import app.tandem.identity.security.PasskeyRequiredException;
import app.tandem.identity.security.SecondFactorCheck;
import app.tandem.identity.security.SecondFactorRequiredException;
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

/**
 * Issues bearer tokens for the JSON API in exchange for an email and password, plus a {@code code} from
 * the authenticator app (or a recovery code) for people with two-step sign-in.
 */
@RestController
@RequestMapping("/api/v1/auth")
class TokenApiController {

    private static final int PER_MINUTE = 10;

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final SecondFactorCheck secondFactor;
    // per-node limit; with several nodes each allows this many (documented in the README)
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenApiController(AuthenticationManager authentication, ApiTokens tokens, SecondFactorCheck secondFactor) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.secondFactor = secondFactor;
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
            Authentication result = authenticate(body);
            if (secondFactor.mustEnrolFirst((CurrentUser) result.getPrincipal())) {
                return ResponseEntity.status(HttpStatus.FORBIDDEN)
                        .body(
                                ProblemDetail.forStatusAndDetail(
                                        HttpStatus.FORBIDDEN,
                                        "Your practice requires two-step sign-in. Set it up under Settings in the browser first."));
            }
            ApiTokens.IssuedToken issued = tokens.issue((CurrentUser) result.getPrincipal(), labelFor(request));
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new TokenResponse(issued.token(), issued.expiresAt()));
        } catch (LockedException e) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "Sign-in is paused after several failed attempts. Try again later."));
        } catch (CodeRequiredException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNAUTHORIZED,
                    "This account uses two-step sign-in: send the code from the authenticator app as \"code\".");
            problem.setProperty("codeRequired", true);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        } catch (WrongCodeException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNAUTHORIZED, "That code did not work. Send the newest code; each works once.");
            problem.setProperty("codeRequired", true);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        } catch (PasskeyRequiredException e) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.FORBIDDEN,
                            "Your practice requires two-step sign-in and this account's second step is a passkey."
                                    + " Add an authenticator app under Settings in the browser to use the API."));
        } catch (AuthenticationException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.UNAUTHORIZED, "That email and password do not match an account."));
        }
    }

    private Authentication authenticate(TokenRequest body) {
        try {
            return authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(body.email(), body.password()));
        } catch (SecondFactorRequiredException second) {
            if (body.code() == null || body.code().isBlank()) {
                throw new CodeRequiredException();
            }
            SecondFactorCheck.Outcome outcome = secondFactor.check(
                    second.user(), second.email(), second.address(), body.code().trim());
            if (outcome.signedIn().isPresent()) {
                return outcome.signedIn().get();
            }
            if (outcome.pausedUntil().isPresent()) {
                throw new LockedException("Paused");
            }
            throw new WrongCodeException();
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
            String password,

            @Size(max = 40, message = "A code is at most 40 characters.") @NotClientFreeText("code")
            String code) {}

    /** The password was right; the person uses two-step sign-in and sent no code. */
    private static final class CodeRequiredException extends AuthenticationException {
        CodeRequiredException() {
            super("Code required");
        }
    }

    private static final class WrongCodeException extends AuthenticationException {
        WrongCodeException() {
            super("Wrong code");
        }
    }

    record TokenResponse(String token, Instant expiresAt) {}
}
