package app.tandem.caseload.brief;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The pre-session brief as JSON, for the client's therapist only (others get a 403 problem). */
@RestController
class BriefApiController {

    private final BriefComposer composer;

    BriefApiController(BriefComposer composer) {
        this.composer = composer;
    }

    @GetMapping("/api/v1/clients/{clientId}/brief")
    BriefResponse brief(@AuthenticationPrincipal CurrentUser therapist, @PathVariable UUID clientId) {
        return BriefResponse.of(composer.brief(therapist, new UserId(clientId)));
    }
}
