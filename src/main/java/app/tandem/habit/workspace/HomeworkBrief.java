package app.tandem.habit.workspace;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.crypto.FieldCipher;
import app.tandem.identity.People;
import app.tandem.shared.SqlTimes;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.BriefContributor;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Homework for the brief: what was due, done or assigned since the last session (or is due later), each done, missed
 * (its due day passed in the client's zone without it being done) or still open, with a count of each first. Homework
 * missed before the period was in the previous brief and is not repeated.
 */
@Component
class HomeworkBrief implements BriefContributor {

    static final int ORDER = 60;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final People people;
    private final MessageSource messages;

    HomeworkBrief(JdbcClient jdbc, FieldCipher cipher, People people, MessageSource messages) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.people = people;
        this.messages = messages;
    }

    /** What became of one piece of homework. */
    enum State {
        DONE,
        MISSED,
        OPEN
    }

    record Item(String title, LocalDate dueOn, Instant finishedAt, State state) {}

    @Override
    @Transactional(readOnly = true)
    public Optional<BriefSection> sectionFor(UserId client, Instant since, Instant until) {
        ZoneId zone = people.get(client).zone();
        LocalDate from = since.atZone(zone).toLocalDate();
        LocalDate today = until.atZone(zone).toLocalDate();
        List<Item> items = jdbc.sql("""
                SELECT title, due_on, finished_at, created_at FROM habit
                WHERE client_id = ? AND kind = 'HOMEWORK' AND created_at < ?
                  AND (due_on >= ? OR finished_at >= ? OR created_at >= ?)
                ORDER BY due_on, created_at""")
                .params(client.value(), utc(until), from, utc(since), utc(since))
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    Instant finished = SqlTimes.instant(rs, "finished_at");
                    State state = finished != null && finished.isBefore(until)
                            ? State.DONE
                            : due != null && due.isBefore(today) ? State.MISSED : State.OPEN;
                    return new Item(cipher.decrypt(rs.getString("title")), due, finished, state);
                })
                .list();
        Locale locale = LocaleContextHolder.getLocale();
        String link = "/therapist/clients/" + client + "#homework";
        List<BriefLine> lines = new ArrayList<>();
        if (items.isEmpty()) {
            lines.add(new BriefLine(text("workspace.homework.none", locale), link, null));
        } else {
            lines.add(new BriefLine(
                    text(
                            "workspace.homework.count",
                            locale,
                            count(items, State.DONE),
                            count(items, State.MISSED),
                            count(items, State.OPEN)),
                    link,
                    null));
            for (Item item : items) {
                lines.add(new BriefLine(
                        text(
                                "workspace.homework." + item.state().name(),
                                locale,
                                item.title(),
                                item.dueOn() == null
                                        ? "-"
                                        : item.dueOn().format(DateTimeFormatter.ofPattern("EEE d MMM", locale))),
                        link,
                        item.finishedAt()));
            }
        }
        return Optional.of(new BriefSection(ORDER, text("workspace.homework.heading", locale), lines, List.of()));
    }

    private static long count(List<Item> items, State state) {
        return items.stream().filter(i -> i.state() == state).count();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
