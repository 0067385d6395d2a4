package app.tandem.caseload.brief;

import app.tandem.identity.Person;
import app.tandem.shared.workspace.BriefSection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A client's pre-session brief as composed from every module's contribution.
 *
 * @param client whose brief it is
 * @param since the start of the period: the last session, or {@link BriefComposer#DEFAULT_DAYS} days ago
 * @param until when the brief was composed
 * @param sinceLastSession whether {@code since} is the last session (false: the default window)
 * @param nextSession the next scheduled session, when the calendar knows one
 * @param sections the modules' sections, in their order
 */
record Brief(
        Person client,
        Instant since,
        Instant until,
        boolean sinceLastSession,
        Optional<Instant> nextSession,
        List<BriefSection> sections) {

    Brief {
        sections = List.copyOf(sections);
    }
}
