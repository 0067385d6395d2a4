package app.tandem.safety.crisis;

import app.tandem.practice.CrisisResource;
import app.tandem.practice.DefaultCrisisResources;
import app.tandem.practice.PracticeView;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The crisis lines shown on the crisis card, looked up only when a card is actually rendered
 * ({@code ${@crisisCardResources.current()}} in {@code safety/crisis.html}). A bean read from the
 * template rather than a {@code @ControllerAdvice}: the card is included by pages of other modules
 * and a model attribute would cost a query on every request of every client.
 */
@Component("crisisCardResources")
public class CrisisCardResources {

    private final Practices practices;

    CrisisCardResources(Practices practices) {
        this.practices = practices;
    }

    /** The signed-in person's practice's crisis lines; the default practice's, then the US lines, otherwise. */
    public List<CrisisResource> current() {
        Optional<PracticeView> practice = CurrentUser.current()
                .flatMap(u -> practices.find(u.practiceId()))
                .or(practices::defaultPractice);
        return practice.map(p -> practices.crisisResources(p.id()))
                .filter(list -> !list.isEmpty())
                .orElse(DefaultCrisisResources.UNITED_STATES);
    }
}
