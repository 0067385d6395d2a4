package app.tandem.notification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a plain-text email into text and links, so the page can make links clickable without raw HTML. */
public record MailBodyParts(String text, String href) {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    static List<MailBodyParts> of(String body) {
        List<MailBodyParts> parts = new ArrayList<>();
        Matcher matcher = LINK.matcher(body);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                parts.add(new MailBodyParts(body.substring(at, matcher.start()), null));
            }
            parts.add(new MailBodyParts(matcher.group(), matcher.group()));
            at = matcher.end();
        }
        if (at < body.length()) {
            parts.add(new MailBodyParts(body.substring(at), null));
        }
        return parts;
    }

    public boolean isLink() {
        return href != null;
    }
}
