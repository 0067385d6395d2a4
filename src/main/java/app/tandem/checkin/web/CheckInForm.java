package app.tandem.checkin.web;

import app.tandem.shared.ClientFreeText;
import app.tandem.shared.NotClientFreeText;
import java.util.List;

/**
 * The check-in form as posted. Everything is optional but mood; {@code when} is {@code now},
 * {@code yesterday} or {@code other} (then {@code at}, a datetime-local value in the client's zone, counts).
 */
public record CheckInForm(
        @NotClientFreeText("form token") String token,
        Integer mood,
        Integer anxiety,
        Double sleepHours,
        Integer sleepQuality,
        Integer energy,
        List<String> emotions,
        List<String> tags,
        @ClientFreeText String note,
        @NotClientFreeText("choice of day") String when,
        @NotClientFreeText("date and time") String at) {

    public CheckInForm {
        emotions = emotions == null ? List.of() : List.copyOf(emotions);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    static CheckInForm blank(String token, String now) {
        return new CheckInForm(token, null, null, null, null, null, List.of(), List.of(), null, "now", now);
    }

    public boolean hasEmotion(String code) {
        return emotions.contains(code);
    }

    public boolean hasTag(String code) {
        return tags.contains(code);
    }
}
