package app.tandem.habit.workspace;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.crypto.FieldCipher;
import app.tandem.shared.SqlTimes;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.TimelineContributor;
import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.shared.workspace.TimelineKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Homework in the client's timeline: when it was assigned and each day it was marked done or skipped, in one query
 * over both (the client's homework rows are few; its outcomes are read by the (client, recorded_at) index).
 */
@Component
class HomeworkTimeline implements TimelineContributor {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final MessageSource messages;

    HomeworkTimeline(JdbcClient jdbc, FieldCipher cipher, MessageSource messages) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.messages = messages;
    }

    @Override
    public TimelineKind kind() {
        return TimelineKind.HOMEWORK;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> before(UserId client, Instant before, int limit) {
        Locale locale = LocaleContextHolder.getLocale();
        String link = "/therapist/clients/" + client + "#homework";
        return jdbc.sql("""
                SELECT entry_id, at, title, what FROM (
                  (SELECT CAST(h.id AS VARCHAR(36)) AS entry_id, h.created_at AS at, h.title, 'ASSIGNED' AS what
                   FROM habit h WHERE h.client_id = ? AND h.kind = 'HOMEWORK' AND h.created_at < ?)
                  UNION ALL
                  (SELECT CAST(c.id AS VARCHAR(36)) AS entry_id, c.recorded_at AS at, h.title, c.outcome AS what
                   FROM habit_completion c JOIN habit h ON h.id = c.habit_id
                   WHERE c.client_id = ? AND c.recorded_at < ? AND h.kind = 'HOMEWORK'
                   ORDER BY c.recorded_at DESC LIMIT ?)
                ) entries ORDER BY at DESC, entry_id DESC LIMIT ?""")
                .params(client.value(), utc(before), client.value(), utc(before), limit, limit)
                .query((rs, n) -> new TimelineEntry(
                        kind(),
                        rs.getString("entry_id"),
                        SqlTimes.instant(rs, "at"),
                        messages.getMessage(
                                "workspace.timeline.homework." + rs.getString("what"),
                                new Object[] {cipher.decrypt(rs.getString("title"))},
                                locale),
                        link))
                .list();
    }
}
