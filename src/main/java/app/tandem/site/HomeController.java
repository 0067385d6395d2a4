package app.tandem.site;

import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.web.PageSection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page fits the person: visitors see the practice, clients their day, staff their work. */
@Controller
class HomeController {

    private final People people;
    private final Practices practices;
    private final PageSections sections;

    HomeController(People people, Practices practices, PageSections sections) {
        this.people = people;
        this.practices = practices;
        this.sections = sections;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.current().orElse(null);
        if (user == null) {
            model.addAttribute("practice", practices.defaultPractice().orElse(null));
            return "site/welcome";
        }
        if (user.isClient()) {
            Person me = people.get(user.id());
            model.addAttribute(
                    "therapist", me.primaryTherapistId() == null ? null : people.get(me.primaryTherapistId()));
            model.addAttribute("sections", sections.render(PageSection.Page.CLIENT_HOME, user, user.id()));
            return "site/client-home";
        }
        if (user.isTherapist()) {
            // The therapist's home is the caseload (module caseload), at a URL of its own so filters can be links.
            return "redirect:/therapist/caseload";
        }
        model.addAttribute("practice", practices.get(user.practiceId()));
        model.addAttribute("people", people.inPractice(user.practiceId()));
        return "site/admin-home";
    }
}
