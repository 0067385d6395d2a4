package app.tandem.measure.web;

import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentItem;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.UnscoredItem;
import app.tandem.shared.ClientFreeText;
import app.tandem.shared.NotClientFreeText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * The answers as the form posts them: {@code item1..itemN} (scores), {@code u_<linkId>} for unscored items, the
 * one-time {@code token} and an optional {@code reason} (corrections). A value that is not a number counts as
 * unanswered; a number that is not an option is rejected by the scorer.
 */
record QuestionnaireForm(
        List<Integer> answers,
        Map<String, Integer> unscored,
        @NotClientFreeText("one-time form token") String token,
        @ClientFreeText String reason,
        UUID assignment) {

    static QuestionnaireForm parse(Instrument instrument, MultiValueMap<String, String> params) {
        List<Integer> answers = new ArrayList<>();
        for (InstrumentItem item : instrument.items()) {
            answers.add(number(params.getFirst("item" + item.number())));
        }
        Map<String, Integer> unscored = new HashMap<>();
        for (UnscoredItem item : instrument.unscoredItems()) {
            Integer value = number(params.getFirst("u_" + item.linkId()));
            if (value != null) {
                unscored.put(item.linkId(), value);
            }
        }
        String token = params.getFirst("token");
        String assignment = params.getFirst("assignment");
        return new QuestionnaireForm(
                answers, unscored, usableToken(token), params.getFirst("reason"), uuid(assignment));
    }

    /** The page sends a UUID; anything else (tampered, NUL bytes, too long) is no token at all. */
    private static String usableToken(String token) {
        return token == null || !token.strip().matches("[A-Za-z0-9-]{1,64}") ? null : token.strip();
    }

    static QuestionnaireForm of(Instrument instrument, MeasureResponse response) {
        if (response == null) {
            return new QuestionnaireForm(
                    Arrays.asList(new Integer[instrument.itemCount()]), Map.of(), null, null, null);
        }
        return new QuestionnaireForm(
                response.answers(), response.unscoredAnswers(), null, null, response.assignmentId());
    }

    /** The score chosen for item {@code number} (1-based), or null. */
    public Integer answer(int number) {
        return number <= answers.size() ? answers.get(number - 1) : null;
    }

    public Integer unscoredAnswer(String linkId) {
        return unscored.get(linkId);
    }

    private static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
