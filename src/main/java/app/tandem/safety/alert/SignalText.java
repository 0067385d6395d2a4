package app.tandem.safety.alert;

import app.tandem.screening.Finding;
import java.util.Comparator;
import java.util.List;

/** Builds what an alert shows from a screened text: clinician reasons and a short excerpt. */
final class SignalText {

    static final int WHOLE_TEXT_UP_TO = 300;
    static final int CONTEXT = 120;
    private static final String ELLIPSIS = "\u2026";

    private SignalText() {}

    /** Rule and matched words, plus the context cues weighed, e.g. {@code passive.want-to-die: "want to die"}. */
    static List<String> reasons(List<Finding> firing) {
        return firing.stream()
                .map(f -> f.rule() + ": \u201c" + f.matched() + "\u201d"
                        + (f.cues().isEmpty() ? "" : " (" + String.join(", ", f.cues()) + ")"))
                .distinct()
                .toList();
    }

    /**
     * For a private entry only the sentence(s) that matched, as the client wrote them; otherwise the
     * whole text when short, else the text around the most serious finding.
     */
    static String excerpt(String text, boolean privateEntry, List<Finding> firing) {
        String sentences = String.join(
                " " + ELLIPSIS + " ",
                firing.stream()
                        .sorted(Comparator.comparingInt(Finding::sentenceStart))
                        .map(Finding::sentence)
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
        if (firing.isEmpty()) {
            return sentences;
        }
        int at = firing.get(0).start();
        int from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - CONTEXT)));
        int to = text.indexOf(' ', Math.min(text.length(), firing.get(0).end() + CONTEXT));
        to = to < 0 ? text.length() : to;
        return (from > 0 ? ELLIPSIS : "") + text.substring(from, to).strip() + (to < text.length() ? ELLIPSIS : "");
    }
}
