package app.tandem.coping.web;

import app.tandem.shared.ClientFreeText;
import app.tandem.shared.NotClientFreeText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One go at a technique as the page submits it. Without JavaScript {@code durationSeconds} is empty and the time
 * since {@code startedAt} (when the page was served) is used; the token makes a double tap save once.
 *
 * @param context where or when, a {@link app.tandem.coping.UseContext} code; empty when the client leaves it
 * @param answers what the client typed or rated, by field key (screened before it is saved)
 */
record UseForm(
        Integer before,
        Integer after,
        @NotClientFreeText String variant,
        @NotClientFreeText String context,
        Integer minutes,
        Integer durationSeconds,
        Long startedAt,
        Boolean completed,
        Boolean shared,
        @ClientFreeText Map<String, String> answers,
        UUID submitToken) {

    UseForm {
        answers = answers == null ? new LinkedHashMap<>() : answers;
    }

    static UseForm blank(String variant, Integer minutes, long now) {
        return new UseForm(null, null, variant, null, minutes, null, now, true, false, null, UUID.randomUUID());
    }
}
