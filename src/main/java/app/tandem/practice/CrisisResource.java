package app.tandem.practice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A way to reach help now, shown on every crisis card and on /help (tap to call or text). */
public record CrisisResource(
        String label, String description, String callNumber, String textNumber, String textBody, String webUrl) {

    public boolean canCall() {
        return callNumber != null && !callNumber.isBlank();
    }

    public boolean canText() {
        return textNumber != null && !textNumber.isBlank();
    }

    public String callHref() {
        return canCall() ? "tel:" + digits(callNumber) : null;
    }

    public String textHref() {
        if (!canText()) {
            return null;
        }
        String href = "sms:" + digits(textNumber);
        return textBody == null || textBody.isBlank()
                ? href
                : href + "?body=" + URLEncoder.encode(textBody, StandardCharsets.UTF_8);
    }

    private static String digits(String number) {
        return number.replaceAll("[^0-9+]", "");
    }
}
