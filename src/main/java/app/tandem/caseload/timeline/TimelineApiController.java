package app.tandem.caseload.timeline;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.TimelineKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A client's timeline as JSON, a keyset page at a time; unknown kinds, bad cursors and limits are 400 problems. */
@RestController
class TimelineApiController {

    private final TimelineReader reader;

    TimelineApiController(TimelineReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/v1/clients/{clientId}/timeline")
    TimelineResponse timeline(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID clientId,
            @RequestParam(name = "kinds", required = false) List<String> kinds,
            @RequestParam(name = "before", required = false) String before,
            @RequestParam(name = "limit", defaultValue = "50") int limit) {
        Optional<TimelineCursor> cursor =
                before == null || before.isBlank() ? Optional.empty() : Optional.of(TimelineCursor.decode(before));
        return TimelineResponse.of(reader.page(therapist, new UserId(clientId), kinds(kinds), cursor, limit));
    }

    private Set<TimelineKind> kinds(List<String> names) {
        if (names == null || names.isEmpty()) {
            return EnumSet.copyOf(List.of(TimelineKind.values()));
        }
        Set<TimelineKind> kinds = EnumSet.noneOf(TimelineKind.class);
        for (String name : names) {
            try {
                kinds.add(TimelineKind.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw InvalidTimelineRequestException.kind();
            }
        }
        return kinds;
    }
}
