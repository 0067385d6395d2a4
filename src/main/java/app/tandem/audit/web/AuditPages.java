package app.tandem.audit.web;

import app.tandem.audit.AuditVerification;
import app.tandem.audit.ChainStatus;
import app.tandem.audit.internal.AuditEventRepository;
import app.tandem.audit.internal.AuditEventRepository.StoredEvent;
import app.tandem.audit.internal.AuditEventRepository.Unsealed;
import app.tandem.audit.internal.ChainHead;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the audit pages: the admin's view of the practice's trail and the client's own access list. */
@Service
class AuditPages {

    static final int ADMIN_PAGE_SIZE = 25;
    static final int CLIENT_PAGE_SIZE = 20;

    private final AuditEventRepository events;
    private final AuditVerification verification;
    private final People people;
    private final MessageSource messages;

    AuditPages(AuditEventRepository events, AuditVerification verification, People people, MessageSource messages) {
        this.events = events;
        this.verification = verification;
        this.people = people;
        this.messages = messages;
    }

    /**
     * The practice's trail, newest first (sealed or not), without clinical content: only names, roles and
     * resource names.
     */
    @Transactional(readOnly = true)
    public AdminAuditPage forAdmin(CurrentUser admin, Long before, Locale locale) {
        List<StoredEvent> page = events.recent(admin.practiceId(), startBelow(before), ADMIN_PAGE_SIZE + 1);
        Names names = new Names();
        List<AdminAuditPage.Row> rows = page.stream()
                .limit(ADMIN_PAGE_SIZE)
                .map(e -> new AdminAuditPage.Row(
                        e.seq(),
                        Times.of(e.facts().occurredAt().atZone(admin.zone()), locale),
                        names.of(e.facts().actorId()),
                        e.facts().actorRole(),
                        e.facts().action().name(),
                        names.of(e.facts().clientId()),
                        e.facts().what()))
                .toList();
        long sealed =
                events.findHead(admin.practiceId()).map(ChainHead::lastSeq).orElse(0L);
        Unsealed unsealed = events.unsealedSummary(admin.practiceId());
        return new AdminAuditPage(
                sealed + unsealed.rows(),
                unsealed.rows(),
                verification.lastRun(admin.practiceId()).orElse(null),
                rows,
                olderThan(page, ADMIN_PAGE_SIZE),
                admin.zone());
    }

    /**
     * Reads of the signed-in client's data by other people, newest first, sealed or not (so the list is exact
     * at once); never another client's list.
     */
    @Transactional(readOnly = true)
    public PrivacyPage forClient(CurrentUser client, Long before, Locale locale) {
        List<StoredEvent> page =
                events.readsByOthers(client.practiceId(), client.id(), startBelow(before), CLIENT_PAGE_SIZE + 1);
        UserId therapist =
                people.find(client.id()).map(Person::primaryTherapistId).orElse(null);
        Names names = new Names();
        List<PrivacyPage.Row> rows = page.stream()
                .limit(CLIENT_PAGE_SIZE)
                .map(e -> new PrivacyPage.Row(
                        Times.of(e.facts().occurredAt().atZone(client.zone()), locale),
                        names.of(e.facts().actorId()),
                        e.facts().actorRole(),
                        e.facts().actorId().equals(therapist),
                        entry(e.facts().what(), locale)))
                .toList();
        return new PrivacyPage(rows, olderThan(page, CLIENT_PAGE_SIZE), before != null, client.zone());
    }

    /**
     * What the person did, in words: a download or a look at the list of open alerts says exactly that; any other
     * read is "Looked at" the part that was opened.
     */
    private String entry(String what, Locale locale) {
        String sentence = messages.getMessage("audit.privacy.entry." + what, null, null, locale);
        if (sentence != null) {
            return sentence;
        }
        String label = messages.getMessage("audit.what." + what, null, null, locale);
        String part = label != null ? label : messages.getMessage("audit.what.other", null, "your information", locale);
        return messages.getMessage("audit.privacy.looked", new Object[] {part}, locale);
    }

    private static long startBelow(Long before) {
        return before == null || before < 1 ? Long.MAX_VALUE : before;
    }

    /** The row id to continue below when there is an older page (one row more than a page was fetched). */
    private static Long olderThan(List<StoredEvent> page, int size) {
        return page.size() > size ? page.get(size - 1).id() : null;
    }

    /** Display names looked up once per page; null for someone whose account no longer exists. */
    private final class Names {
        private final Map<UserId, Optional<String>> known = new HashMap<>();

        String of(UserId id) {
            if (id == null) {
                return null;
            }
            return known.computeIfAbsent(id, i -> people.find(i).map(Person::displayName))
                    .orElse(null);
        }
    }

    /** A moment as the reader's clock shows it, plus its machine-readable form. */
    record Times(String text, String iso) {
        static Times of(ZonedDateTime at, Locale locale) {
            return new Times(
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(locale)
                            .format(at),
                    at.toOffsetDateTime().toString());
        }
    }

    /**
     * The admin page. {@code entries} counts every row, {@code unsealed} those not in the chain yet;
     * {@code lastRun} null when never verified.
     */
    record AdminAuditPage(
            long entries, long unsealed, ChainStatus lastRun, List<Row> events, Long olderThan, ZoneId zone) {
        /** {@code seq} is null until the row is sealed. */
        record Row(Long seq, Times when, String actor, String role, String action, String client, String what) {}
    }

    /** The client's page. {@code newerPages} says whether a link back to the newest entries is needed. */
    record PrivacyPage(List<Row> reads, Long olderThan, boolean newerPages, ZoneId zone) {
        record Row(Times when, String who, String role, boolean yourTherapist, String entry) {}
    }
}
