package app.tandem.site;

import app.tandem.practice.PracticeView;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import java.util.Optional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the practice branding and the signed-in user into every page's model. */
@ControllerAdvice
class BrandingAdvice {

    private final Practices practices;

    BrandingAdvice(Practices practices) {
        this.practices = practices;
    }

    @ModelAttribute("branding")
    Branding branding() {
        Optional<PracticeView> practice = CurrentUser.current()
                .flatMap(u -> practices.find(u.practiceId()))
                .or(practices::defaultPractice);
        return practice.map(p -> new Branding(p.name(), p.slug())).orElse(Branding.TANDEM);
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.current().orElse(null);
    }
}
