package app.tandem.caseload.brief;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.BriefContributor;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import app.tandem.shared.workspace.SessionCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes a client's brief: checks that the reader is a therapist caring for the client, finds the period (since
 * the last session, or the last {@value #DEFAULT_DAYS} days when no session is known), asks every module for its
 * section and writes one audit entry for the read.
 */
@Service
class BriefComposer {

    static final int DEFAULT_DAYS = 14;
    private static final Logger log = LoggerFactory.getLogger(BriefComposer.class);

    private final CareAccess care;
    private final AuditTrail audit;
    private final List<BriefContributor> contributors;
    private final ObjectProvider<SessionCalendar> calendars;
    private final MessageSource messages;
    private final Clock clock;

    BriefComposer(
            CareAccess care,
            AuditTrail audit,
            List<BriefContributor> contributors,
            ObjectProvider<SessionCalendar> calendars,
            MessageSource messages,
            Clock clock) {
        this.care = care;
        this.audit = audit;
        this.contributors = List.copyOf(contributors);
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Brief brief(CurrentUser reader, UserId clientId) {
        if (!reader.isTherapist()) {
            throw new AccessDeniedException("Only a client's therapist reads their brief");
        }
        Person client = care.requireClinicalAccess(reader, clientId);
        Instant now = clock.instant();
        Optional<SessionCalendar> calendar = Optional.ofNullable(calendars.getIfAvailable());
        Optional<Instant> last = calendar.flatMap(c -> c.lastSessionBefore(clientId, now));
        Optional<Instant> next = calendar.flatMap(c -> c.nextSessionFrom(clientId, now));
        Instant since = last.orElse(now.minus(Duration.ofDays(DEFAULT_DAYS)));
        audit.read(client.practiceId(), clientId, "brief");
        List<BriefSection> sections = new ArrayList<>();
        for (BriefContributor contributor : contributors) {
            section(contributor, clientId, since, now).ifPresent(sections::add);
        }
        sections.sort(Comparator.comparingInt(BriefSection::order));
        return new Brief(client, since, now, last.isPresent(), next, sections);
    }

    /** One module's section; a module that fails says so in the brief instead of taking the whole brief down. */
    private Optional<BriefSection> section(BriefContributor contributor, UserId client, Instant since, Instant until) {
        try {
            return contributor.sectionFor(client, since, until);
        } catch (RuntimeException e) {
            log.warn(
                    "Brief section of {} failed: {}",
                    contributor.getClass().getSimpleName(),
                    e.getClass().getSimpleName());
            String text = messages.getMessage("workspace.brief.sectionFailed", null, LocaleContextHolder.getLocale());
            return Optional.of(new BriefSection(
                    999, text, List.of(new BriefLine(text, "/therapist/clients/" + client, null)), List.of()));
        }
    }
}
