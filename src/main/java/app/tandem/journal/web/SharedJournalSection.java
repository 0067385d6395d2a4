package app.tandem.journal.web;

import app.tandem.journal.internal.JournalEntry;
import app.tandem.journal.internal.JournalService;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Recent shared journal entries on the therapist's page for a client. */
@Component
class SharedJournalSection implements PageSection {

    private static final int RECENT = 5;

    private final JournalService journal;

    SharedJournalSection(JournalService journal) {
        this.journal = journal;
    }

    @Override
    public Page page() {
        return Page.THERAPIST_CLIENT;
    }

    @Override
    public int order() {
        return 16; // a short card: with the other safety cards in the overview's first row
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        List<JournalEntry> entries = journal.sharedEntries(viewer, subject, RECENT);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SectionView(
                "journal/section", Map.of("entries", entries, "clientId", subject.value(), "zone", viewer.zone())));
    }
}
