package app.tandem.safety.plan;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SafetyPlanOpened;
import app.tandem.safety.SafetyPlanSection;
import app.tandem.safety.SignalSource;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's safety plan: read and edited by the client and their care team, every save kept as a
 * version. Words the client adds are screened like all client text; the therapist's are not.
 */
@Service
public class SafetyPlanService {

    static final String AUDIT = "safety-plan";

    /** Section names for alert labels (staff-facing, so fixed English like other alert labels). */
    private static final Map<SafetyPlanSection, String> LABELS = Map.of(
            SafetyPlanSection.WARNING_SIGNS, "My warning signs",
            SafetyPlanSection.COPING_ALONE, "Things I can do on my own to cope",
            SafetyPlanSection.DISTRACTIONS, "People and places that take my mind off things",
            SafetyPlanSection.PEOPLE_TO_ASK, "People I can ask for help",
            SafetyPlanSection.PROFESSIONALS, "Professionals and crisis lines",
            SafetyPlanSection.SAFER_SURROUNDINGS, "Making my surroundings safer",
            SafetyPlanSection.WORTH_LIVING_FOR, "The thing most important to me");

    private final SafetyPlanRepository repository;
    private final CareAccess care;
    private final People people;
    private final AuditTrail audit;
    private final SafetyNet safetyNet;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SafetyPlanService(
            SafetyPlanRepository repository,
            CareAccess care,
            People people,
            AuditTrail audit,
            SafetyNet safetyNet,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.care = care;
        this.people = people;
        this.audit = audit;
        this.safetyNet = safetyNet;
        this.events = events;
        this.clock = clock;
    }

    /** What saving led to; {@code changed} is false when nothing differed (or the token was already used). */
    public record Saved(int version, SafetyOutcome outcome, boolean changed) {}

    /**
     * The plan for a page. When the client opens their own plan and lets their care team see it,
     * {@link SafetyPlanOpened} is published (read-write transaction: the event is stored with it).
     */
    @Transactional
    public PlanPage open(CurrentUser viewer, UserId client) {
        PlanPage page = read(viewer, client);
        if (viewer.isClient() && viewer.id().equals(client) && page.sharesOpening()) {
            events.publishEvent(new SafetyPlanOpened(client, page.client().practiceId(), clock.instant()));
        }
        return page;
    }

    /** The plan for the edit form (not an "opening": the client came from the plan itself). */
    @Transactional(readOnly = true)
    public PlanPage read(CurrentUser viewer, UserId client) {
        Person person = care.requireClinicalAccess(viewer, client);
        audit.read(person.practiceId(), person.id(), AUDIT);
        Optional<PlanVersion> current = repository.latest(person.id());
        Map<UserId, String> names = new HashMap<>();
        List<PlanPage.HistoryLine> history = repository.history(person.id()).stream()
                .map(v -> new PlanPage.HistoryLine(
                        v.version(),
                        names.computeIfAbsent(v.authorId(), this::nameOf),
                        v.authorRole(),
                        v.savedAt(),
                        v.changedSections()))
                .toList();
        String therapist = person.primaryTherapistId() == null ? null : nameOf(person.primaryTherapistId());
        return new PlanPage(person, current, history, repository.sharesOpening(person.id()), therapist);
    }

    /**
     * Saves a new version when the content differs from version {@code openedVersion}, once per token.
     *
     * @throws PlanChangedMeanwhile when someone saved a newer version since the editor opened it
     */
    @Transactional
    public Saved save(CurrentUser author, UserId client, int openedVersion, PlanContent content, UUID token) {
        Person person = care.requireClinicalAccess(author, client);
        Optional<PlanVersion> current = repository.latest(person.id());
        int currentVersion = current.map(PlanVersion::version).orElse(0);
        if (repository.tokenUsed(person.id(), token)) {
            return new Saved(currentVersion, SafetyOutcome.NONE, false);
        }
        if (openedVersion != currentVersion) {
            throw PlanChangedMeanwhile.since(openedVersion, currentVersion);
        }
        PlanContent before = current.map(PlanVersion::content).orElse(PlanContent.EMPTY);
        List<SafetyPlanSection> changed = content.changedSince(before);
        if (changed.isEmpty()) {
            return new Saved(currentVersion, SafetyOutcome.NONE, false);
        }
        UUID id = UUID.randomUUID();
        repository.insert(
                id,
                person.practiceId(),
                person.id(),
                currentVersion + 1,
                author.id(),
                author.primaryRole().name(),
                clock.instant(),
                changed,
                content,
                token);
        audit.write(person.practiceId(), person.id(), AUDIT);
        SafetyOutcome outcome =
                author.isClient() ? screenAdded(person, id, content.addedSince(before)) : SafetyOutcome.NONE;
        return new Saved(currentVersion + 1, outcome, true);
    }

    /**
     * Screens the client's new lines section by section, so an alert names the section: a warning
     * sign such as "when I start thinking about killing myself" is expected in a plan, and the
     * clinician reading the alert should see that it came from "My warning signs". Only the client's
     * own words are screened; a therapist's lines are staff text, not a signal from the client.
     */
    private SafetyOutcome screenAdded(Person client, UUID versionId, Map<SafetyPlanSection, List<String>> added) {
        SafetyOutcome highest = SafetyOutcome.NONE;
        for (Map.Entry<SafetyPlanSection, List<String>> section : added.entrySet()) {
            SafetyOutcome outcome = safetyNet.screenText(
                    client.id(),
                    client.practiceId(),
                    new SignalSource(
                            "safety-plan", versionId.toString(), "Safety plan: " + LABELS.get(section.getKey()), false),
                    String.join("\n", section.getValue()));
            if (outcome.level().compareTo(highest.level()) > 0) {
                highest = outcome;
            }
        }
        return highest;
    }

    /** Throws AccessDeniedException (403) unless the actor may see and edit the client's plan. */
    @Transactional(readOnly = true)
    public void requireAccess(CurrentUser actor, UserId client) {
        care.requireClinicalAccess(actor, client);
    }

    /** The client's choice whether their care team sees when they open their plan. */
    @Transactional
    public void setSharesOpening(CurrentUser client, boolean share) {
        if (!client.isClient()) {
            throw new AccessDeniedException("Only the client decides this");
        }
        Person person = care.requireClinicalAccess(client, client.id());
        repository.setSharesOpening(person.practiceId(), person.id(), share, clock.instant());
        audit.write(person.practiceId(), person.id(), AUDIT + "-setting");
    }

    /** Seeds a version as if saved at {@code at}; demo history only (benign text, not screened). */
    @Transactional
    public void recordHistorical(
            PracticeId practice, UserId client, UserId author, Role authorRole, PlanContent content, Instant at) {
        PlanContent before = repository.latest(client).map(PlanVersion::content).orElse(PlanContent.EMPTY);
        int version = repository.latest(client).map(PlanVersion::version).orElse(0) + 1;
        repository.insert(
                UUID.randomUUID(),
                practice,
                client,
                version,
                author,
                authorRole.name(),
                at,
                content.changedSince(before),
                content,
                UUID.randomUUID());
        audit.write(practice, client, AUDIT);
    }

    private String nameOf(UserId id) {
        return people.find(id).map(Person::displayName).orElse("Someone no longer at the practice");
    }
}
