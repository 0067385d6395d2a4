package app.tandem.journal.workspace;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.crypto.FieldCipher;
import app.tandem.shared.SqlTimes;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.BriefContributor;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Journal entries the client shared since the last session, quoted as written (the title or the start of each). */
@Component
class SharedJournalBrief implements BriefContributor {

    static final int ORDER = 70;
    static final int QUOTE_CHARACTERS = 160;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final MessageSource messages;

    SharedJournalBrief(JdbcClient jdbc, FieldCipher cipher, MessageSource messages) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BriefSection> sectionFor(UserId client, Instant since, Instant until) {
        Locale locale = LocaleContextHolder.getLocale();
        String journal = "/therapist/clients/" + client + "/journal";
        List<BriefLine> quotes = jdbc.sql("""
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
                .list();
        List<BriefLine> lines = new ArrayList<>();
        lines.add(new BriefLine(text("workspace.journal.count", locale, quotes.size()), journal, null));
        lines.addAll(quotes);
        return Optional.of(new BriefSection(ORDER, text("workspace.journal.heading", locale), lines, List.of()));
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
