package app.tandem.coping.web;

import app.tandem.coping.internal.UseQueries;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** "Relief now" on the client's Today: the toolbox, the last technique used and what the therapist pinned, one tap each. */
@Component
class ToolboxHomeSection implements PageSection {

    private final UseQueries queries;

    ToolboxHomeSection(UseQueries queries) {
        this.queries = queries;
    }

    @Override
    public Page page() {
        return Page.CLIENT_HOME;
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        if (!viewer.isClient()) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        queries.lastUsed(viewer).ifPresent(t -> model.put("last", t));
        model.put("pins", queries.pins(viewer, subject));
        return Optional.of(new SectionView("coping/home-section", model));
    }
}
