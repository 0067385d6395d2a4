package app.tandem.coping.web;

import app.tandem.shared.ClientFreeText;
import app.tandem.shared.NotClientFreeText;
import java.util.Map;

/** {@code POST /api/v1/technique-uses}: one go at a technique; {@code answers} are screened before they are saved. */
record TechniqueUseRequest(
        @NotClientFreeText String techniqueId,
        @NotClientFreeText String variant,
        Integer before,
        Integer after,
        Integer durationSeconds,
        Boolean completed,
        @ClientFreeText Map<String, String> answers,
        Boolean shared) {}
