package app.tandem.caseload.assignments;

import app.tandem.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What is due and overdue across the therapist's caseload: questionnaires and homework, each linking to its client. */
@Controller
class AssignmentsController {

    private final DueWork due;

    AssignmentsController(DueWork due) {
        this.due = due;
    }

    @GetMapping("/therapist/assignments")
    String assignments(@AuthenticationPrincipal CurrentUser therapist, Model model) {
        model.addAttribute("caseload", due.forTherapist(therapist));
        return "caseload/assignments";
    }
}
