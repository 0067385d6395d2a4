package app.tandem.checkin.web;

import app.tandem.checkin.CheckInView;
import app.tandem.practice.CrisisResource;
import app.tandem.safety.SafetyOutcome;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A check-in as the API answers it; {@code safety} only when the note raised a risk signal. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CheckInResponse(
        UUID id,
        Instant recordedAt,
        LocalDate localDate,
        String timeZone,
        int mood,
        Integer anxiety,
        Double sleepHours,
        Integer sleepQuality,
        Integer energy,
        List<String> emotions,
        List<String> tags,
        String note,
        Safety safety) {

    /** What the client should see: the level and how to reach help now (the same again on a repeated request). */
    record Safety(String level, List<Resource> crisisResources) {}

    record Resource(String label, String description, String call, String text) {}

    static CheckInResponse of(CheckInView v, SafetyOutcome outcome, List<CrisisResource> resources) {
        Safety safety = outcome == null || !outcome.showCrisisCard()
                ? null
                : new Safety(
                        outcome.level().name(),
                        resources.stream()
                                .map(r -> new Resource(r.label(), r.description(), r.callHref(), r.textHref()))
                                .toList());
        return new CheckInResponse(
                v.id(),
                v.recordedAt(),
                v.localDate(),
                v.timeZone(),
                v.mood(),
                v.anxiety(),
                v.sleepHours(),
                v.sleepQuality(),
                v.energy(),
                v.emotions(),
                v.tags(),
                v.note(),
                safety);
    }
}
