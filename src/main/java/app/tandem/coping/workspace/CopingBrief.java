package app.tandem.coping.workspace;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.coping.Technique;
import app.tandem.coping.internal.Toolbox;
import app.tandem.identity.People;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.BriefContributor;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What helped since the last session: each technique the client used, how often, and their distress before and after
 * on average (0-10, as the client rated it), the biggest average drop first.
 */
@Component
class CopingBrief implements BriefContributor {

    static final int ORDER = 50;

    private final JdbcClient jdbc;
    private final Toolbox toolbox;
    private final People people;
    private final MessageSource messages;

    CopingBrief(JdbcClient jdbc, Toolbox toolbox, People people, MessageSource messages) {
        this.jdbc = jdbc;
        this.toolbox = toolbox;
        this.people = people;
        this.messages = messages;
    }

    /** One technique's uses in the period. */
    record Uses(String techniqueId, int uses, double before, double after) {

        double drop() {
            return before - after;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BriefSection> sectionFor(UserId client, Instant since, Instant until) {
        Locale locale = LocaleContextHolder.getLocale();
        String link = "/therapist/clients/" + client + "/toolbox";
        List<Uses> uses = jdbc.sql("""
                SELECT technique_id, COUNT(*) AS uses, AVG(CAST(distress_before AS DOUBLE PRECISION)) AS before_mean,
                    AVG(CAST(distress_after AS DOUBLE PRECISION)) AS after_mean
                FROM coping_use WHERE client_id = ? AND used_at >= ? AND used_at < ?
                GROUP BY technique_id""")
                .params(client.value(), utc(since), utc(until))
                .query((rs, n) -> new Uses(
                        rs.getString("technique_id"),
                        rs.getInt("uses"),
                        rs.getDouble("before_mean"),
                        rs.getDouble("after_mean")))
                .list();
        String heading = messages.getMessage("workspace.coping.heading", null, locale);
        if (uses.isEmpty()) {
            return Optional.of(new BriefSection(
                    ORDER,
                    heading,
                    List.of(new BriefLine(messages.getMessage("workspace.coping.none", null, locale), link, null)),
                    List.of()));
        }
        PracticeId practice = people.get(client).practiceId();
        List<BriefLine> lines = uses.stream()
                .sorted((a, b) -> Double.compare(b.drop(), a.drop()))
                .map(u -> new BriefLine(
                        messages.getMessage(
                                "workspace.coping.uses",
                                new Object[] {
                                    toolbox.find(practice, u.techniqueId())
                                            .map(Technique::title)
                                            .orElse(u.techniqueId()),
                                    u.uses(),
                                    String.format(locale, "%.1f", u.before()),
                                    String.format(locale, "%.1f", u.after())
                                },
                                locale),
                        link,
                        null))
                .toList();
        return Optional.of(new BriefSection(ORDER, heading, lines, List.of()));
    }
}
