package app.tandem.safety.alert;

import app.tandem.screening.ScreeningReason;
import java.util.List;
import java.util.Locale;

/** Builds what an alert shows from a screened text: clinician reasons and a short excerpt. */
final class SignalText {

    static final int WHOLE_TEXT_UP_TO = 300;
    static final int CONTEXT = 120;
    private static final String ELLIPSIS = "\u2026";

    private SignalText() {}

    /** Rule and matched words, plus the context cues weighed, e.g. {@code passive-ideation: "wish i was dead"}. */
    static List<String> reasons(List<ScreeningReason> firing) {
        return firing.stream()
                .map(r -> r.rule() + ": \u201c" + r.matched() + "\u201d"
                        + (r.cues().isEmpty() ? "" : " (" + String.join(", ", r.cues()) + ")"))
                .distinct()
                .toList();
    }

    /** For a private entry only the sentence(s) that matched; otherwise the text around the first match. */
    static String excerpt(String text, boolean privateEntry, List<ScreeningReason> firing) {
        String sentences = String.join(
                " " + ELLIPSIS + " ",
                firing.stream()
                        .map(ScreeningReason::sentence)
                        .map(String::strip)
                        .distinct()
                        .toList());
        if (privateEntry) {
            return sentences;
        }
        String stripped = text.strip();
        if (stripped.length() <= WHOLE_TEXT_UP_TO) {
            return stripped;
        }
        int at = locate(stripped, firing);
        if (at < 0) {
            return sentences;
        }
        int from = Math.max(0, stripped.lastIndexOf(' ', Math.max(0, at - CONTEXT)));
        int to = stripped.indexOf(' ', Math.min(stripped.length(), at + CONTEXT));
        to = to < 0 ? stripped.length() : to;
        return (from > 0 ? ELLIPSIS : "")
                + stripped.substring(from, to).strip()
                + (to < stripped.length() ? ELLIPSIS : "");
    }

    /** Where the first matched phrase (or failing that, its longest word) occurs in the original text. */
    private static int locate(String text, List<ScreeningReason> firing) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (ScreeningReason reason : firing) {
            int at = lower.indexOf(reason.matched().toLowerCase(Locale.ROOT));
            if (at >= 0) {
                return at;
            }
        }
        for (ScreeningReason reason : firing) {
            String longest = "";
            for (String word : reason.matched().split("\\W+")) {
                longest = word.length() > longest.length() ? word : longest;
            }
            int at = longest.length() >= 3 ? lower.indexOf(longest.toLowerCase(Locale.ROOT)) : -1;
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }
}
