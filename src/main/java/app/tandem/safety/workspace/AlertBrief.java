package app.tandem.safety.workspace;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.crypto.FieldCipher;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.shared.SqlTimes;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.BriefContributor;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk alerts for the brief: each alert raised since the last session (and any still open), the words that raised
 * it quoted as written, and how it was handled: who acknowledged it and how long after, the outcome, and whether the
 * client answered the follow-up questions.
 */
@Component
class AlertBrief implements BriefContributor {

    static final int ORDER = 20;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final People people;
    private final MessageSource messages;

    AlertBrief(JdbcClient jdbc, FieldCipher cipher, People people, MessageSource messages) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.people = people;
        this.messages = messages;
    }

    /** An alert with what the brief says about it. */
    record Row(
            UUID id,
            String level,
            String status,
            String sourceLabel,
            String excerpt,
            Instant raisedAt,
            Instant acknowledgedAt,
            UUID acknowledgedBy,
            String outcome,
            String followUpLevel) {}

    @Override
    @Transactional(readOnly = true)
    public Optional<BriefSection> sectionFor(UserId client, Instant since, Instant until) {
        List<Row> rows = jdbc.sql("""
                SELECT a.id, a.level, a.status, a.source_label, a.excerpt, a.raised_at, a.acknowledged_at,
                    a.acknowledged_by, a.outcome,
                    (SELECT MAX(f.level) FROM safety_follow_up f WHERE f.alert_id = a.id) AS follow_up_level
                FROM safety_alert a
                WHERE a.client_id = ? AND a.raised_at < ? AND (a.raised_at >= ? OR a.status = 'OPEN')
                ORDER BY a.raised_at, a.id""")
                .params(client.value(), utc(until), utc(since))
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("level"),
                        rs.getString("status"),
                        rs.getString("source_label"),
                        rs.getString("excerpt"),
                        SqlTimes.instant(rs, "raised_at"),
                        SqlTimes.instant(rs, "acknowledged_at"),
                        rs.getObject("acknowledged_by", UUID.class),
                        rs.getString("outcome"),
                        rs.getString("follow_up_level")))
                .list();
        Locale locale = LocaleContextHolder.getLocale();
        List<BriefLine> lines = new ArrayList<>();
        if (rows.isEmpty()) {
            lines.add(new BriefLine(text("workspace.alert.none", locale), "/therapist/alerts", null));
        } else {
            long open = rows.stream().filter(r -> r.acknowledgedAt() == null).count();
            lines.add(
                    new BriefLine(text("workspace.alert.count", locale, rows.size(), open), "/therapist/alerts", null));
        }
        for (Row row : rows) {
            lines.add(line(row, locale));
        }
        return Optional.of(new BriefSection(ORDER, text("workspace.alert.heading", locale), lines, List.of()));
    }

    private BriefLine line(Row row, Locale locale) {
        String level = text("alert.level." + row.level(), locale);
        StringBuilder text = new StringBuilder(text("workspace.alert.raised", locale, level, row.sourceLabel()));
        String excerpt = cipher.decrypt(row.excerpt());
        if (excerpt != null && !excerpt.isBlank()) {
            text.append(' ').append(text("workspace.alert.words", locale, excerpt.strip()));
        }
        if (row.acknowledgedAt() == null) {
            text.append(' ').append(text("workspace.alert.open", locale));
        } else {
            String who = Optional.ofNullable(row.acknowledgedBy())
                    .flatMap(id -> people.find(new UserId(id)))
                    .map(Person::displayName)
                    .orElse("-");
            long minutes =
                    Duration.between(row.raisedAt(), row.acknowledgedAt()).toMinutes();
            text.append(' ').append(text("workspace.alert.acknowledged", locale, who, minutes));
            if (row.outcome() != null) {
                text.append(' ')
                        .append(text(
                                "workspace.alert.outcome", locale, text("alert.outcome." + row.outcome(), locale)));
            }
        }
        text.append(' ')
                .append(
                        row.followUpLevel() == null
                                ? text("workspace.alert.followUp.none", locale)
                                : text("workspace.alert.followUp", locale));
        return new BriefLine(text.toString(), "/therapist/alerts/" + row.id(), row.raisedAt());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
