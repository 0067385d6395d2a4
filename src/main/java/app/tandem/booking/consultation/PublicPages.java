package app.tandem.booking.consultation;

import app.tandem.booking.PracticePage;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.practice.CrisisResource;
import app.tandem.practice.PracticeView;
import app.tandem.practice.Practices;
import app.tandem.shared.PracticeId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public practice page shows: the practice, its page text and the therapists taking bookings. */
@Service
public class PublicPages {

    private final Practices practices;
    private final BookingRepository repository;
    private final People people;

    PublicPages(Practices practices, BookingRepository repository, People people) {
        this.practices = practices;
        this.repository = repository;
        this.people = people;
    }

    /** A therapist as visitors see them. */
    public record TherapistCard(String id, String name, String approach, String languages, String seesPeopleFor) {}

    /** The whole public page. */
    public record PageView(
            PracticeView practice, PracticePage page, List<TherapistCard> therapists, List<CrisisResource> crisis) {}

    @Transactional(readOnly = true)
    public PracticeView practice(String slug) {
        if (slug == null || slug.length() > 80) {
            throw BookingRefusedException.notFound();
        }
        return practices.findBySlug(slug).orElseThrow(BookingRefusedException::notFound);
    }

    @Transactional(readOnly = true)
    public PageView page(String slug) {
        PracticeView practice = practice(slug);
        return new PageView(
                practice,
                repository.page(practice.id()).orElse(PracticePage.empty()),
                therapists(practice.id()),
                practices.crisisResources(practice.id()));
    }

    @Transactional(readOnly = true)
    public List<TherapistCard> therapists(PracticeId practice) {
        return repository.therapists(practice).stream()
                .flatMap(row -> people
                        .find(row.therapist())
                        .filter(Person::enabled)
                        .map(p -> new TherapistCard(
                                p.id().toString(),
                                p.displayName(),
                                row.approach(),
                                row.languages(),
                                row.seesPeopleFor()))
                        .stream())
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PracticePage> pageText(PracticeId practice) {
        return repository.page(practice);
    }
}
