package app.tandem.coping.workspace;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.coping.Technique;
import app.tandem.coping.internal.Toolbox;
import app.tandem.identity.People;
import app.tandem.shared.PracticeId;
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

/** Technique uses in the client's timeline: which technique and distress before and after (never what was typed). */
@Component
class CopingTimeline implements TimelineContributor {

    private final JdbcClient jdbc;
    private final Toolbox toolbox;
    private final People people;
    private final MessageSource messages;

    CopingTimeline(JdbcClient jdbc, Toolbox toolbox, People people, MessageSource messages) {
        this.jdbc = jdbc;
        this.toolbox = toolbox;
        this.people = people;
        this.messages = messages;
    }

    @Override
    public TimelineKind kind() {
        return TimelineKind.TECHNIQUE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> before(UserId client, Instant before, int limit) {
        Locale locale = LocaleContextHolder.getLocale();
        PracticeId practice = people.get(client).practiceId();
        String link = "/therapist/clients/" + client + "/toolbox";
        return jdbc.sql("""
                SELECT id, technique_id, distress_before, distress_after, completed, used_at FROM coping_use
                WHERE client_id = ? AND used_at < ? ORDER BY used_at DESC, id DESC LIMIT ?""")
                .params(client.value(), utc(before), limit)
                .query((rs, n) -> new TimelineEntry(
                        kind(),
                        rs.getString("id"),
                        SqlTimes.instant(rs, "used_at"),
                        messages.getMessage(
                                "workspace.timeline.technique",
                                new Object[] {
                                    toolbox.find(practice, rs.getString("technique_id"))
                                            .map(Technique::title)
                                            .orElse(rs.getString("technique_id")),
                                    rs.getInt("distress_before"),
                                    rs.getInt("distress_after"),
                                    rs.getBoolean("completed") ? 1 : 0
                                },
                                locale),
                        link))
                .list();
    }
}
