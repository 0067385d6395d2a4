package app.tandem.safety.workspace;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.shared.SqlTimes;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.TimelineContributor;
import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.shared.workspace.TimelineKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The safety module's two timeline kinds: alerts (level, source, handled or open) and safety-plan versions (who saved
 * which version). Each reads one indexed range. Shared journal entries are the journal module's.
 */
@Configuration(proxyBeanMethods = false)
class SafetyTimeline {

    @Bean
    TimelineContributor alertTimeline(JdbcClient jdbc, MessageSource messages) {
        return new Reader(TimelineKind.ALERT, jdbc, messages) {
            @Override
            public List<TimelineEntry> before(UserId client, Instant before, int limit) {
                Locale locale = LocaleContextHolder.getLocale();
                return jdbc.sql("""
                        SELECT id, level, status, source_label, raised_at, outcome FROM safety_alert
                        WHERE client_id = ? AND raised_at < ? ORDER BY raised_at DESC, id DESC LIMIT ?""")
                        .params(client.value(), utc(before), limit)
                        .query((rs, n) -> entry(
                                rs.getString("id"),
                                SqlTimes.instant(rs, "raised_at"),
                                messages.getMessage(
                                        "workspace.timeline.alert",
                                        new Object[] {
                                            messages.getMessage("alert.level." + rs.getString("level"), null, locale),
                                            rs.getString("source_label"),
                                            rs.getString("outcome") == null
                                                    ? messages.getMessage(
                                                            "workspace.timeline.alert.status." + rs.getString("status"),
                                                            null,
                                                            locale)
                                                    : messages.getMessage(
                                                            "alert.outcome." + rs.getString("outcome"), null, locale)
                                        },
                                        locale),
                                "/therapist/alerts/" + rs.getString("id")))
                        .list();
            }
        };
    }

    @Bean
    TimelineContributor safetyPlanTimeline(JdbcClient jdbc, MessageSource messages) {
        return new Reader(TimelineKind.SAFETY_PLAN, jdbc, messages) {
            @Override
            public List<TimelineEntry> before(UserId client, Instant before, int limit) {
                Locale locale = LocaleContextHolder.getLocale();
                return jdbc.sql("""
                        SELECT id, version, author_role, created_at FROM safety_plan_version
                        WHERE client_id = ? AND created_at < ? ORDER BY created_at DESC, id DESC LIMIT ?""")
                        .params(client.value(), utc(before), limit)
                        .query((rs, n) -> entry(
                                rs.getString("id"),
                                SqlTimes.instant(rs, "created_at"),
                                messages.getMessage(
                                        "workspace.timeline.plan",
                                        new Object[] {
                                            rs.getInt("version"),
                                            messages.getMessage(
                                                    "workspace.plan.author." + rs.getString("author_role"),
                                                    null,
                                                    locale)
                                        },
                                        locale),
                                "/therapist/clients/" + client + "/safety-plan"))
                        .list();
            }
        };
    }

    /** A contributor of one kind; subclasses say how to read it. */
    abstract static class Reader implements TimelineContributor {

        private final TimelineKind kind;
        final JdbcClient jdbc;
        final MessageSource messages;

        Reader(TimelineKind kind, JdbcClient jdbc, MessageSource messages) {
            this.kind = kind;
            this.jdbc = jdbc;
            this.messages = messages;
        }

        @Override
        public TimelineKind kind() {
            return kind;
        }

        TimelineEntry entry(String id, Instant at, String text, String link) {
            return new TimelineEntry(kind, id, at, text, link);
        }
    }
}
