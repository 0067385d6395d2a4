package app.tandem.caseload.triage;

import app.tandem.shared.CurrentUser;
import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The therapist's home: the caseload triaged by need, filtered and searched with GET parameters (no script needed). */
@Controller
class CaseloadController {

    static final int MAX_SEARCH = 100;

    private final Triage triage;

    CaseloadController(Triage triage) {
        this.triage = triage;
    }

    @GetMapping("/therapist/caseload")
    String caseload(
            @AuthenticationPrincipal CurrentUser therapist,
            @RequestParam(required = false) String filter,
            @RequestParam(name = "q", required = false) String search,
            Model model) {
        CaseloadFilter chosen = CaseloadFilter.parse(filter);
        String q = search == null ? "" : search.strip();
        if (q.length() > MAX_SEARCH) {
            q = q.substring(0, MAX_SEARCH);
        }
        model.addAttribute("clients", triage.caseload(therapist, chosen, q));
        model.addAttribute("filter", chosen);
        model.addAttribute("filters", Arrays.asList(CaseloadFilter.values()));
        model.addAttribute("q", q);
        model.addAttribute("weights", NeedWeights.table());
        return "caseload/home";
    }
}
