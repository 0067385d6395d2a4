package app.tandem.checkin.web;

import app.tandem.shared.ClientFreeText;
import app.tandem.shared.NotClientFreeText;
import java.util.List;

/** The JSON body of {@code POST /api/v1/checkins}; {@code recordedAt} is ISO-8601, absent for now. */
record CheckInRequest(
        Integer mood,
        Integer anxiety,
        Double sleepHours,
        Integer sleepQuality,
        Integer energy,
        List<String> emotions,
        List<String> tags,
        @ClientFreeText String note,
        @NotClientFreeText("ISO-8601 time") String recordedAt) {}
