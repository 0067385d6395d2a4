package app.tandem.safety.workspace;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.shared.SqlTimes;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.BriefContributor;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety plan's new versions since the last session: who saved them and which sections changed (the content
 * stays on the plan's page).
 */
@Component
class SafetyPlanBrief implements BriefContributor {

    static final int ORDER = 75;

    private final JdbcClient jdbc;
    private final MessageSource messages;

    SafetyPlanBrief(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BriefSection> sectionFor(UserId client, Instant since, Instant until) {
        Locale locale = LocaleContextHolder.getLocale();
        String plan = "/therapist/clients/" + client + "/safety-plan";
        List<BriefLine> versions = jdbc.sql("""
                SELECT version, author_role, changed_sections, created_at FROM safety_plan_version
                WHERE client_id = ? AND created_at >= ? AND created_at < ? ORDER BY created_at, version""")
                .params(client.value(), utc(since), utc(until))
                .query((rs, n) -> new BriefLine(
                        text(
                                "workspace.plan.version",
                                locale,
                                rs.getInt("version"),
                                text("workspace.plan.author." + rs.getString("author_role"), locale),
                                sections(rs.getString("changed_sections"), locale)),
                        plan,
                        SqlTimes.instant(rs, "created_at")))
                .list();
        List<BriefLine> lines = new ArrayList<>();
        lines.add(new BriefLine(text("workspace.plan.count", locale, versions.size()), plan, null));
        lines.addAll(versions);
        return Optional.of(new BriefSection(ORDER, text("workspace.plan.heading", locale), lines, List.of()));
    }

    private String sections(String keys, Locale locale) {
        if (keys == null || keys.isBlank()) {
            return "-";
        }
        return Arrays.stream(keys.split(","))
                .map(k -> messages.getMessage("plan.section." + k, null, k, locale))
                .collect(Collectors.joining("; "));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
