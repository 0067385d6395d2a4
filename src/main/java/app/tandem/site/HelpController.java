package app.tandem.site;

import app.tandem.practice.CrisisResource;
import app.tandem.practice.DefaultCrisisResources;
import app.tandem.practice.PracticeView;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Get help now": the practice's crisis resources, for anyone, signed in or not, without JavaScript. */
@Controller
class HelpController {

    private final Practices practices;

    HelpController(Practices practices) {
        this.practices = practices;
    }

    @GetMapping("/help")
    String help(@RequestParam(name = "practice", required = false) String slug, Model model) {
        Optional<PracticeView> practice = CurrentUser.current()
                .flatMap(u -> practices.find(u.practiceId()))
                .or(() -> slug == null ? Optional.empty() : practices.findBySlug(slug))
                .or(practices::defaultPractice);
        List<CrisisResource> resources = practice.map(p -> practices.crisisResources(p.id()))
                .filter(list -> !list.isEmpty())
                .orElse(DefaultCrisisResources.UNITED_STATES);
        model.addAttribute("resources", resources);
        model.addAttribute("practice", practice.orElse(null));
        return "site/help";
    }
}
