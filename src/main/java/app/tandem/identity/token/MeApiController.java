package app.tandem.identity.token;

import app.tandem.shared.CurrentUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells an API caller who they are. */
@RestController
class MeApiController {

    @GetMapping("/api/v1/me")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(
                user.id().toString(),
                user.primaryRole().name(),
                user.roles().stream().map(Enum::name).sorted().toList(),
                user.practiceId().toString(),
                user.displayName(),
                user.timeZone());
    }

    record Me(String id, String role, List<String> roles, String practice, String displayName, String timeZone) {}
}
