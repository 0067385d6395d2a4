package app.tandem.practice;

import app.tandem.practice.internal.PracticeRepository;
import app.tandem.shared.PracticeId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and opens practices; the entry point of this module for others. */
@Service
public class Practices {

    /** The version of the terms (incl. limits of confidentiality) that clients consent to. */
    public static final String TERMS_VERSION = "2026-11";

    private final PracticeRepository repository;
    private final Clock clock;

    Practices(PracticeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<PracticeView> find(PracticeId id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public PracticeView get(PracticeId id) {
        return repository.find(id).orElseThrow(() -> new IllegalStateException("No practice " + id));
    }

    @Transactional(readOnly = true)
    public Optional<PracticeView> findBySlug(String slug) {
        return repository.findBySlug(slug);
    }

    /** The practice shown to visitors who are not signed in: the first one opened on this server. */
    @Transactional(readOnly = true)
    public Optional<PracticeView> defaultPractice() {
        return repository.oldest();
    }

    @Transactional(readOnly = true)
    public List<CrisisResource> crisisResources(PracticeId id) {
        return repository.crisisResources(id);
    }

    @Transactional
    public void updateSettings(PracticeId id, PracticeSettings settings) {
        repository.updateSettings(id, settings);
    }

    /** Whether therapists and admins of the practice must use two-step sign-in. */
    @Transactional(readOnly = true)
    public boolean mfaRequired(PracticeId id) {
        return repository.mfaRequired(id);
    }

    @Transactional
    public void requireMfa(PracticeId id, boolean required) {
        repository.updateMfaRequired(id, required);
    }

    @Transactional
    public void replaceCrisisResources(PracticeId id, List<CrisisResource> resources) {
        repository.replaceCrisisResources(id, resources);
    }

    @Transactional
    public PracticeId open(NewPractice practice) {
        PracticeId id = PracticeId.random();
        repository.insert(id, practice, TERMS_VERSION, clock.instant());
        repository.replaceCrisisResources(id, DefaultCrisisResources.UNITED_STATES);
        return id;
    }
}
