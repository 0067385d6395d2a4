package app.tandem.caseload.triage;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.workspace.NeedKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caseload as JSON, in triage order: who needs attention first, with every reason and its points. */
@RestController
class CaseloadApiController {

    private final Triage triage;

    CaseloadApiController(Triage triage) {
        this.triage = triage;
    }

    /** A client of the caseload: the score is the sum of the reasons' points. */
    record CaseloadEntry(UUID clientId, String name, int score, List<ReasonResponse> reasons) {

        static CaseloadEntry of(TriagedClient c) {
            return new CaseloadEntry(
                    c.clientId().value(),
                    c.name(),
                    c.score(),
                    c.reasons().stream().map(ReasonResponse::of).toList());
        }
    }

    /** One reason: its kind, severity (1-3), points, words, the page with its data and when it was observed. */
    record ReasonResponse(NeedKind kind, int severity, int points, String text, String link, Instant observedAt) {

        static ReasonResponse of(Reason r) {
            return new ReasonResponse(r.kind(), r.severity(), r.points(), r.text(), r.link(), r.observedAt());
        }
    }

    /** Therapists only (403 for anyone else); {@code filter} is attention, today or all (the default). */
    @GetMapping("/api/v1/caseload")
    List<CaseloadEntry> caseload(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String filter,
            @RequestParam(name = "q", required = false) String search) {
        String q = search == null ? "" : search.strip();
        if (q.length() > CaseloadController.MAX_SEARCH) {
            q = q.substring(0, CaseloadController.MAX_SEARCH);
        }
        return triage.caseload(user, CaseloadFilter.parse(filter), q).stream()
                .map(CaseloadEntry::of)
                .toList();
    }
}
