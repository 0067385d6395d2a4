package app.tandem.measure.workspace;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.measure.InstrumentCatalog;
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

/** Completed questionnaires in the client's timeline: instrument, total and band; corrections say so. */
@Component
class MeasureTimeline implements TimelineContributor {

    private final JdbcClient jdbc;
    private final InstrumentCatalog catalog;
    private final MessageSource messages;

    MeasureTimeline(JdbcClient jdbc, InstrumentCatalog catalog, MessageSource messages) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.messages = messages;
    }

    @Override
    public TimelineKind kind() {
        return TimelineKind.MEASURE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> before(UserId client, Instant before, int limit) {
        Locale locale = LocaleContextHolder.getLocale();
        String link = "/therapist/clients/" + client + "/measures";
        return jdbc.sql("""
                SELECT id, instrument_code, total, band, completed_at, superseded_by_id FROM measure_response
                WHERE client_id = ? AND completed_at < ? AND status = 'COMPLETE'
                ORDER BY completed_at DESC, id DESC LIMIT ?""")
                .params(client.value(), utc(before), limit)
                .query((rs, n) -> {
                    String code = rs.getString("instrument_code");
                    String bandCode = rs.getString("band");
                    String name = catalog.find(code).map(i -> i.shortName()).orElse(code);
                    String band = catalog.find(code)
                            .flatMap(i -> i.bands().stream()
                                    .filter(b -> b.code().equals(bandCode))
                                    .findFirst())
                            .map(b -> b.clinicalLabel())
                            .orElse("-");
                    String text = messages.getMessage(
                            "workspace.timeline.measure",
                            new Object[] {
                                name, rs.getInt("total"), band, rs.getObject("superseded_by_id") == null ? 0 : 1
                            },
                            locale);
                    return new TimelineEntry(
                            kind(), rs.getString("id"), SqlTimes.instant(rs, "completed_at"), text, link);
                })
                .list();
    }
}
