package app.tandem.habit.need;

import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.NeedContributor;
import app.tandem.shared.workspace.NeedFact;
import app.tandem.shared.workspace.NeedKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missed homework as a reason for the caseload: homework not done (nor paused) once its due day has ended in the
 * client's zone. One fact per client: severity 1 for one item, 2 for two, 3 for three or more. Two queries for the
 * whole caseload (the open homework, the clients' zones).
 */
@Component
class HomeworkNeeds implements NeedContributor {

    private final NeedHomeworkRepository homework;
    private final People people;
    private final MessageSource messages;

    HomeworkNeeds(NeedHomeworkRepository homework, People people, MessageSource messages) {
        this.homework = homework;
        this.people = people;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UserId, List<NeedFact>> factsFor(Collection<UserId> clients, Instant now) {
        // No zone is ahead of UTC by more than 14 hours, so nothing due after that day can be past due anywhere.
        LocalDate latest = LocalDate.ofInstant(now, ZoneOffset.ofHours(14)).minusDays(1);
        List<NeedHomeworkRepository.Open> open = homework.dueBy(clients, latest);
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<UserId, Person> persons = people.findAll(open.stream()
                .map(NeedHomeworkRepository.Open::client)
                .distinct()
                .toList());
        Map<UserId, List<NeedHomeworkRepository.Open>> missed = new LinkedHashMap<>();
        for (NeedHomeworkRepository.Open o : open) {
            Person person = persons.get(o.client());
            ZoneId zone = person == null ? ZoneOffset.UTC : person.zone();
            if (o.dueOn().isBefore(LocalDate.ofInstant(now, zone))) {
                missed.computeIfAbsent(o.client(), c -> new ArrayList<>()).add(o);
            }
        }
        Map<UserId, List<NeedFact>> facts = new LinkedHashMap<>();
        missed.forEach((client, items) -> facts.put(client, List.of(fact(client, items, persons.get(client)))));
        return facts;
    }

    private NeedFact fact(UserId client, List<NeedHomeworkRepository.Open> items, Person person) {
        LocalDate oldest = items.get(0).dueOn();
        ZoneId zone = person == null ? ZoneOffset.UTC : person.zone();
        return new NeedFact(
                NeedKind.HOMEWORK_MISSED,
                Math.min(3, items.size()),
                messages.getMessage(
                        "caseload.need.homework.missed",
                        new Object[] {items.size(), oldest},
                        LocaleContextHolder.getLocale()),
                "/therapist/clients/" + client.value() + "#homework",
                oldest.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
