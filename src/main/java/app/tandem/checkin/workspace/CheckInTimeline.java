package app.tandem.checkin.workspace;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.shared.SqlTimes;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.TimelineContributor;
import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.shared.workspace.TimelineKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Check-ins in the client's timeline: the numbers only (a note is mentioned, never shown), by index on time. */
@Component
class CheckInTimeline implements TimelineContributor {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    CheckInTimeline(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public TimelineKind kind() {
        return TimelineKind.CHECK_IN;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> before(UserId client, Instant before, int limit) {
        Locale locale = LocaleContextHolder.getLocale();
        String link = "/therapist/clients/" + client + "/trends";
        return jdbc.sql("""
                SELECT id, recorded_at, mood, anxiety, sleep_hours, note IS NOT NULL AS has_note FROM checkin
                WHERE client_id = ? AND recorded_at < ? ORDER BY recorded_at DESC, id DESC LIMIT ?""")
                .params(client.value(), utc(before), limit)
                .query((rs, n) -> {
                    Object anxiety = rs.getObject("anxiety", Integer.class);
                    BigDecimal sleep = rs.getBigDecimal("sleep_hours");
                    String text = messages.getMessage(
                            "workspace.timeline.checkin",
                            new Object[] {
                                rs.getInt("mood"),
                                anxiety == null ? "-" : anxiety,
                                sleep == null ? "-" : sleep.stripTrailingZeros().toPlainString(),
                                rs.getBoolean("has_note") ? 1 : 0
                            },
                            locale);
                    return new TimelineEntry(
                            kind(), rs.getString("id"), SqlTimes.instant(rs, "recorded_at"), text, link);
                })
                .list();
    }
}
