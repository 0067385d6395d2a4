package app.tandem.site;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Collects the sections modules contribute to a composed page, in order. */
@Component
class PageSections {

    private final List<PageSection> sections;

    PageSections(ObjectProvider<PageSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(PageSection::order))
                .toList();
    }

    List<SectionView> render(PageSection.Page page, CurrentUser viewer, UserId subject) {
        return sections.stream()
                .filter(s -> s.page() == page)
                .map(s -> s.render(viewer, subject))
                .flatMap(Optional::stream)
                .toList();
    }
}
