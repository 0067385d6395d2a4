package app.tandem.coping.internal;

import app.tandem.coping.GuideKind;
import app.tandem.coping.Technique;
import app.tandem.coping.UseContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules a technique use must keep; every broken rule is reported at once. */
final class UseRules {

    static final int MAX_DURATION_SECONDS = 4 * 60 * 60;
    static final int MAX_ANSWER_LENGTH = 4000;

    private UseRules() {}

    static List<Violation> check(Technique technique, UseDraft d) {
        List<Violation> p = new ArrayList<>();
        distress("before", d.before(), p);
        distress("after", d.after(), p);
        if (d.durationSeconds() == null) {
            p.add(new Violation("durationSeconds", "coping.error.duration.required"));
        } else if (d.durationSeconds() < 0 || d.durationSeconds() > MAX_DURATION_SECONDS) {
            p.add(new Violation("durationSeconds", "coping.error.duration.range", MAX_DURATION_SECONDS));
        }
        if (d.completed() == null) {
            p.add(new Violation("completed", "coping.error.completed"));
        }
        if (d.variant() != null
                && (technique.guide() != GuideKind.PACER
                        || technique.pacer().pattern(d.variant()).isEmpty())) {
            p.add(new Violation("variant", "coping.error.variant"));
        }
        if (d.context() != null && UseContext.ofCode(d.context()).isEmpty()) {
            p.add(new Violation("context", "coping.error.context"));
        }
        for (Map.Entry<String, String> answer : cleaned(d.answers()).entrySet()) {
            String field = "answers." + answer.getKey();
            Technique.Field f = technique.field(answer.getKey()).orElse(null);
            if (f == null) {
                p.add(new Violation(field, "coping.error.answer.unknown"));
            } else if (f.isText() && answer.getValue().length() > MAX_ANSWER_LENGTH) {
                p.add(new Violation(field, "coping.error.answer.length", MAX_ANSWER_LENGTH));
            } else if (!f.isText() && !inRange(answer.getValue(), f.min(), f.max())) {
                p.add(new Violation(field, "coping.error.answer.scale", f.label(), f.min(), f.max()));
            }
        }
        return p;
    }

    /** The answers with blanks dropped and surrounding space stripped, in the order given. */
    static Map<String, String> cleaned(Map<String, String> answers) {
        Map<String, String> clean = new LinkedHashMap<>();
        answers.forEach((k, v) -> {
            if (k != null && v != null && !v.isBlank()) {
                clean.put(k, v.strip());
            }
        });
        return clean;
    }

    private static void distress(String field, Integer value, List<Violation> p) {
        if (value == null) {
            p.add(new Violation(field, "coping.error.distress.required"));
        } else if (value < 0 || value > 10) {
            p.add(new Violation(field, "coping.error.distress.range"));
        }
    }

    private static boolean inRange(String value, Integer min, Integer max) {
        try {
            int n = Integer.parseInt(value);
            return n >= min && n <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
