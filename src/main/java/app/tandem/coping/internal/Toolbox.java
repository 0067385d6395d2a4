package app.tandem.coping.internal;

import app.tandem.coping.Technique;
import app.tandem.coping.TechniqueCatalog;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The techniques a practice offers: those shipped with Tandem, then the practice's own once an admin approved them.
 * Therapists and admins write the practice's own; only an admin approves.
 */
@Service
public class Toolbox {

    private final TechniqueCatalog catalog;
    private final PracticeTechniqueRepository practiceTechniques;
    private final Clock clock;

    Toolbox(TechniqueCatalog catalog, PracticeTechniqueRepository practiceTechniques, Clock clock) {
        this.catalog = catalog;
        this.practiceTechniques = practiceTechniques;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Technique> offered(PracticeId practice) {
        List<Technique> all = new ArrayList<>(catalog.all());
        practiceTechniques.inPractice(practice).stream()
                .filter(PracticeTechnique::approved)
                .map(PracticeTechnique::asTechnique)
                .forEach(all::add);
        return List.copyOf(all);
    }

    @Transactional(readOnly = true)
    public Optional<Technique> find(PracticeId practice, String id) {
        return catalog.find(id)
                .or(() -> practiceTechniques
                        .find(practice, id)
                        .filter(PracticeTechnique::approved)
                        .map(PracticeTechnique::asTechnique));
    }

    public Technique require(PracticeId practice, String id) {
        return find(practice, id).orElseThrow(() -> TechniqueNotFoundException.of(id));
    }

    /** A practice's own techniques, approved or waiting, for its staff. */
    @Transactional(readOnly = true)
    public List<PracticeTechnique> practiceOwn(CurrentUser staff) {
        requireStaff(staff);
        return practiceTechniques.inPractice(staff.practiceId());
    }

    /** A therapist or admin writes a technique for the practice; it waits for an admin's approval. */
    @Transactional
    public String write(CurrentUser author, String title, String purpose, List<String> steps, int minutes) {
        requireStaff(author);
        String id = "practice-" + HexFormat.of().toHexDigits(UUID.randomUUID().getMostSignificantBits());
        practiceTechniques.insert(new PracticeTechnique(
                id,
                author.practiceId(),
                title.strip(),
                purpose.strip(),
                steps,
                minutes,
                PracticeTechnique.Status.PENDING,
                1,
                author.id(),
                null,
                clock.instant()));
        return id;
    }

    /** An admin approves a waiting technique; false when there is none with this id. */
    @Transactional
    public boolean approve(CurrentUser admin, String id) {
        if (!admin.isAdmin()) {
            throw new AccessDeniedException("Only an admin approves a practice's technique");
        }
        return practiceTechniques.approve(admin.practiceId(), id, admin.id(), clock.instant());
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isAdmin() && !user.isTherapist()) {
            throw new AccessDeniedException("Only the practice's staff write techniques");
        }
    }
}
