package app.tandem.checkin.need;

import app.tandem.checkin.trend.Insight;
import app.tandem.checkin.trend.Insights;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.NeedContributor;
import app.tandem.shared.workspace.NeedFact;
import app.tandem.shared.workspace.NeedKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-ins as reasons for the caseload, one query for the whole caseload over the last {@value #TREND_DAYS} days and
 * one over the last {@value #READ_DAYS} days for the clients among them without a recent check-in:
 * <ul>
 * <li>MOOD_TREND_DOWN: the trend test of the client's insights ({@link Insights#trend}: least-squares slope of
 *     daily mood whose 95% t interval excludes zero) over the last {@value #TREND_DAYS} days, with at least
 *     {@value #MIN_TREND_DAYS} days with a check-in, falling; severity 1, 2 from a fall of 1 point a week, 3 from
 *     2 points a week;</li>
 * <li>CHECK_INS_STOPPED: longer without a check-in than usual for this client ({@link CheckInPattern}); a client
 *     silent for longer than the days read no longer counts as usually checking in.</li>
 * </ul>
 * Days are the client's local days as stored; "today" is the latest of today in UTC and the client's latest day.
 */
@Component
class CheckInNeeds implements NeedContributor {

    static final int READ_DAYS = 56;
    static final int TREND_DAYS = 14;
    static final int MIN_TREND_DAYS = 7;

    private final NeedCheckInRepository checkIns;
    private final MessageSource messages;

    CheckInNeeds(NeedCheckInRepository checkIns, MessageSource messages) {
        this.checkIns = checkIns;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UserId, List<NeedFact>> factsFor(Collection<UserId> clients, Instant now) {
        LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
        // The trend needs the last TREND_DAYS days only. A silence needs more history, but only for clients without a
        // check-in in the last MIN_SILENCE days (a shorter silence never counts), so only theirs is read in full.
        Map<UserId, List<NeedCheckInRepository.Day>> byClient =
                byClient(checkIns.since(clients, utcToday.minusDays(TREND_DAYS)));
        LocalDate recent = utcToday.minusDays(CheckInPattern.MIN_SILENCE);
        List<UserId> quiet = clients.stream()
                .filter(c -> byClient.getOrDefault(c, List.of()).stream()
                        .noneMatch(d -> !d.day().isBefore(recent)))
                .toList();
        byClient.putAll(byClient(checkIns.since(quiet, utcToday.minusDays(READ_DAYS))));
        Map<UserId, List<NeedFact>> facts = new LinkedHashMap<>();
        byClient.forEach((client, days) -> {
            List<NeedFact> found = facts(client, days, utcToday, now);
            if (!found.isEmpty()) {
                facts.put(client, found);
            }
        });
        return facts;
    }

    private static Map<UserId, List<NeedCheckInRepository.Day>> byClient(List<NeedCheckInRepository.Day> days) {
        Map<UserId, List<NeedCheckInRepository.Day>> byClient = new LinkedHashMap<>();
        for (NeedCheckInRepository.Day d : days) {
            byClient.computeIfAbsent(d.client(), c -> new ArrayList<>()).add(d);
        }
        return byClient;
    }

    private List<NeedFact> facts(UserId client, List<NeedCheckInRepository.Day> days, LocalDate utcToday, Instant now) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        days.forEach(d -> dates.add(d.day()));
        LocalDate today = dates.last().isAfter(utcToday) ? dates.last() : utcToday;
        String link = "/therapist/clients/" + client.value() + "/trends";
        List<NeedFact> facts = new ArrayList<>();
        List<Insights.Entry> entries = days.stream()
                .map(d -> new Insights.Entry(d.day(), d.mood(), null))
                .toList();
        Insights.trend(entries, today, TREND_DAYS, MIN_TREND_DAYS)
                .filter(t -> t.statistic() < 0)
                .ifPresent(t -> facts.add(trendDown(t, link, now)));
        CheckInPattern.silence(dates, today)
                .ifPresent(s -> facts.add(new NeedFact(
                        NeedKind.CHECK_INS_STOPPED,
                        s.severity(),
                        text("caseload.need.checkin.stopped", s.days(), s.lastDay(), s.usualGap()),
                        link,
                        s.lastDay().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))));
        return facts;
    }

    private NeedFact trendDown(Insight trend, String link, Instant now) {
        double perWeek = -trend.statistic() * 7;
        int severity = perWeek >= 2 ? 3 : perWeek >= 1 ? 2 : 1;
        return new NeedFact(
                NeedKind.MOOD_TREND_DOWN,
                severity,
                text("caseload.need.checkin.trendDown", Math.round(perWeek * 10) / 10.0, TREND_DAYS, trend.n()),
                link,
                now);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
