package app.tandem.coping.internal;

import app.tandem.audit.AuditTrail;
import app.tandem.coping.Technique;
import app.tandem.coping.TechniqueUse;
import app.tandem.coping.stats.EffectStatistics;
import app.tandem.coping.stats.PracticePrior;
import app.tandem.coping.stats.TechniqueEffect;
import app.tandem.coping.stats.UseChange;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of a client's uses and of what has helped them; every read of clinical data is audited. */
@Service
public class UseQueries {

    static final int LIST_LIMIT = 50;

    private final UseRepository uses;
    private final PinRepository pins;
    private final Toolbox toolbox;
    private final CareAccess care;
    private final AuditTrail audit;
    private final Clock clock;

    UseQueries(
            UseRepository uses, PinRepository pins, Toolbox toolbox, CareAccess care, AuditTrail audit, Clock clock) {
        this.uses = uses;
        this.pins = pins;
        this.toolbox = toolbox;
        this.care = care;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<TechniqueUse> ownUse(CurrentUser client, UUID id) {
        Person person = requireOwn(client);
        audit.read(person.practiceId(), person.id(), UseRecorder.AUDIT);
        return uses.find(person.id(), id);
    }

    /** The client's uses, newest first. */
    @Transactional(readOnly = true)
    public List<TechniqueUse> recent(CurrentUser viewer, UserId client, int limit) {
        Person person = care.requireClinicalAccess(viewer, client);
        audit.read(person.practiceId(), person.id(), UseRecorder.AUDIT);
        return uses.newestFirst(person.id(), false, Math.min(limit, LIST_LIMIT));
    }

    /** The uses with answers the client shared, for someone on their care team. */
    @Transactional(readOnly = true)
    public List<TechniqueUse> shared(CurrentUser viewer, UserId client, int limit) {
        Person person = care.requireClinicalAccess(viewer, client);
        audit.read(person.practiceId(), person.id(), UseRecorder.AUDIT);
        return uses.newestFirst(person.id(), true, Math.min(limit, LIST_LIMIT));
    }

    /** Every use of the client, oldest first; the caller (an export) has checked access and audits the read. */
    @Transactional(readOnly = true)
    public List<TechniqueUse> allOf(UserId client) {
        return uses.oldestFirst(client);
    }

    /** The technique the client used last, for a one-tap return from Today. */
    @Transactional(readOnly = true)
    public Optional<Technique> lastUsed(CurrentUser client) {
        Person person = requireOwn(client);
        return uses.lastTechnique(person.id()).flatMap(id -> toolbox.find(person.practiceId(), id));
    }

    /** What has helped this client most, ranked with small samples shrunk toward the practice's mean. */
    @Transactional(readOnly = true)
    public List<RankedTechnique> ranking(CurrentUser viewer, UserId client) {
        Person person = care.requireClinicalAccess(viewer, client);
        audit.read(person.practiceId(), person.id(), UseRecorder.AUDIT);
        List<UseRepository.UseRow> rows = uses.changes(person.id());
        PracticePrior prior = EffectStatistics.prior(uses.practiceGroups(person.practiceId()));
        List<TechniqueEffect> effects = EffectStatistics.rank(
                rows.stream()
                        .map(r -> new UseChange(r.techniqueId(), r.before(), r.after()))
                        .toList(),
                prior);
        return effects.stream()
                .flatMap(e -> toolbox.find(person.practiceId(), e.techniqueId()).stream()
                        .map(t -> new RankedTechnique(t, e, (int) rows.stream()
                                .filter(r -> r.assigned() && r.techniqueId().equals(e.techniqueId()))
                                .count())))
                .toList();
    }

    /** Techniques the therapist pinned for the client, with their notes. */
    @Transactional(readOnly = true)
    public List<PinnedTechnique> pins(CurrentUser viewer, UserId client) {
        Person person = care.requireClinicalAccess(viewer, client);
        return pins.pinsOf(person.id()).stream()
                .flatMap(p -> toolbox.find(person.practiceId(), p.techniqueId()).stream()
                        .map(t -> new PinnedTechnique(t, p)))
                .toList();
    }

    public record PinnedTechnique(Technique technique, Pin pin) {}

    /** The client's therapist pins a technique, with an optional note; pinning again replaces the note. */
    @Transactional
    public void pin(CurrentUser therapist, UserId client, String techniqueId, String note) {
        Person person = requireTherapistOf(therapist, client);
        Technique technique = toolbox.require(person.practiceId(), techniqueId);
        pins.pin(
                person.practiceId(),
                person.id(),
                technique.id(),
                therapist.id(),
                note == null || note.isBlank() ? null : note.strip(),
                clock.instant());
        audit.write(person.practiceId(), person.id(), UseRecorder.AUDIT);
    }

    @Transactional
    public boolean unpin(CurrentUser therapist, UserId client, String techniqueId) {
        Person person = requireTherapistOf(therapist, client);
        boolean removed = pins.unpin(person.id(), techniqueId);
        if (removed) {
            audit.write(person.practiceId(), person.id(), UseRecorder.AUDIT);
        }
        return removed;
    }

    /** Shares what the client typed in one use with their care team, or takes it back. */
    @Transactional
    public boolean setShared(CurrentUser client, UUID id, boolean shared) {
        Person person = requireOwn(client);
        boolean changed = uses.setShared(person.id(), id, shared);
        if (changed) {
            audit.write(person.practiceId(), person.id(), UseRecorder.AUDIT);
        }
        return changed;
    }

    private Person requireOwn(CurrentUser client) {
        if (!client.isClient()) {
            throw new AccessDeniedException("Only a client reads their own toolbox");
        }
        return care.requireClinicalAccess(client, client.id());
    }

    /** The client, when {@code therapist} is on their care team; otherwise access is denied. */
    public Person requireTherapistOf(CurrentUser therapist, UserId client) {
        if (!therapist.isTherapist()) {
            throw new AccessDeniedException("Only the client's therapist pins techniques");
        }
        return care.requireClinicalAccess(therapist, client);
    }
}
