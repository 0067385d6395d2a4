package app.tandem.habit.internal;

import app.tandem.habit.HabitRecords;
import app.tandem.shared.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link HabitRecords} from the stored habits and their outcomes (titles and notes decrypted). */
@Component
class StoredHabitRecords implements HabitRecords {

    private final HabitRepository habits;
    private final CompletionRepository completions;

    StoredHabitRecords(HabitRepository habits, CompletionRepository completions) {
        this.habits = habits;
        this.completions = completions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Day> ofClient(UserId client) {
        Map<UUID, Habit> byId =
                habits.forClient(client).stream().collect(Collectors.toMap(Habit::id, Function.identity()));
        return completions.ofClient(client).stream()
                .filter(c -> byId.containsKey(c.habitId()))
                .map(c -> {
                    Habit h = byId.get(c.habitId());
                    return new Day(
                            h.title(), h.isHomework(), c.day(), c.outcome().name(), c.note(), c.recordedAt());
                })
                .sorted(Comparator.comparing(Day::day).thenComparing(Day::recordedAt))
                .toList();
    }
}
