package app.tandem.checkin.web;

import app.tandem.practice.CrisisResource;
import app.tandem.practice.Practices;
import app.tandem.safety.SafetyOutcome;
import app.tandem.shared.PracticeId;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts what a page needs to show the crisis card into its model: the safety module's fragment when
 * it is present, otherwise this module's plain list of the practice's crisis resources.
 */
@Component
class CrisisCard {

    private final Practices practices;
    private final boolean fragmentPresent;

    CrisisCard(Practices practices) {
        this.practices = practices;
        this.fragmentPresent = new ClassPathResource("templates/safety/crisis.html").exists();
    }

    void addTo(Model model, PracticeId practice, SafetyOutcome outcome) {
        if (outcome == null || !outcome.showCrisisCard()) {
            return;
        }
        model.addAttribute("safetyOutcome", outcome);
        model.addAttribute("crisisFragment", fragmentPresent);
        model.addAttribute("crisisResources", fragmentPresent ? List.of() : resources(practice));
    }

    List<CrisisResource> resources(PracticeId practice) {
        return practices.crisisResources(practice);
    }
}
