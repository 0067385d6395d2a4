package app.tandem.coping.web;

import app.tandem.shared.ClientFreeText;
import app.tandem.shared.NotClientFreeText;
import java.util.Map;

/**
 * {@code POST /api/v1/technique-uses}: one go at a technique; {@code answers} are screened before they are saved.
 * {@code context} (optional) is a {@link app.tandem.coping.UseContext} code such as {@code "home"}.
 */
record TechniqueUseRequest(
        @NotClientFreeText String techniqueId,
        @NotClientFreeText String variant,
        @NotClientFreeText String context,
        Integer before,
        Integer after,
        Integer durationSeconds,
        Boolean completed,
        @ClientFreeText Map<String, String> answers,
        Boolean shared) {}
