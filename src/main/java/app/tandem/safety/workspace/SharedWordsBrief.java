package app.tandem.safety.workspace;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.crypto.FieldCipher;
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
 * Journal entries the client shared since the last session (quoted as written, the start of each) and the safety
 * plan's new versions (who saved them, which sections changed; the content stays on the plan's page).
 */
@Component
class SharedWordsBrief implements BriefContributor {

    static final int ORDER = 70;
    static final int QUOTE_CHARACTERS = 160;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final MessageSource messages;

    SharedWordsBrief(JdbcClient jdbc, FieldCipher cipher, MessageSource messages) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BriefSection> sectionFor(UserId client, Instant since, Instant until) {
        Locale locale = LocaleContextHolder.getLocale();
        List<BriefLine> lines = new ArrayList<>();
        String journal = "/therapist/clients/" + client + "/journal";
        jdbc.sql("""
                SELECT title, body, shared_at FROM safety_journal_entry
                WHERE client_id = ? AND shared = TRUE AND shared_at >= ? AND shared_at < ? ORDER BY shared_at, id""")
                .params(client.value(), utc(since), utc(until))
                .query((rs, n) -> new BriefLine(
                        text(
                                "workspace.journal.shared",
                                locale,
                                quote(cipher.decrypt(rs.getString("title")), cipher.decrypt(rs.getString("body")))),
                        journal,
                        SqlTimes.instant(rs, "shared_at")))
                .list()
                .forEach(lines::add);
        int shared = lines.size();
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
        lines.add(
                0,
                new BriefLine(
                        text("workspace.shared.count", locale, shared, versions.size()),
                        shared > 0 ? journal : plan,
                        null));
        lines.addAll(versions);
        return Optional.of(new BriefSection(ORDER, text("workspace.shared.heading", locale), lines, List.of()));
    }

    private String sections(String keys, Locale locale) {
        if (keys == null || keys.isBlank()) {
            return "-";
        }
        return Arrays.stream(keys.split(","))
                .map(k -> messages.getMessage("plan.section." + k, null, k, locale))
                .collect(Collectors.joining("; "));
    }

    /** The title, or the start of the body, as the client wrote it. */
    static String quote(String title, String body) {
        String words = title != null && !title.isBlank() ? title.strip() : body == null ? "" : body.strip();
        return words.length() <= QUOTE_CHARACTERS
                ? words
                : words.substring(0, QUOTE_CHARACTERS).strip() + "…";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
