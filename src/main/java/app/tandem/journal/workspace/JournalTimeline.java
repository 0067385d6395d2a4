package app.tandem.journal.workspace;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.shared.SqlTimes;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.TimelineContributor;
import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.shared.workspace.TimelineKind;
import java.time.Instant;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Shared journal entries in the client's timeline: when one was shared, never its words, by index on time. */
@Component
class JournalTimeline implements TimelineContributor {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    JournalTimeline(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public TimelineKind kind() {
        return TimelineKind.JOURNAL_SHARE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> before(UserId client, Instant before, int limit) {
        String text = messages.getMessage("workspace.timeline.journal", null, LocaleContextHolder.getLocale());
        String link = "/therapist/clients/" + client + "/journal";
        return jdbc.sql("""
                SELECT id, shared_at FROM safety_journal_entry
                WHERE client_id = ? AND shared_at < ? AND shared = TRUE
                ORDER BY shared_at DESC, id DESC LIMIT ?""")
                .params(client.value(), utc(before), limit)
                .query((rs, n) -> new TimelineEntry(
                        TimelineKind.JOURNAL_SHARE, rs.getString("id"), SqlTimes.instant(rs, "shared_at"), text, link))
                .list();
    }
}
