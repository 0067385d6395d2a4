package app.tandem.notification.internal;

import app.tandem.shared.web.PublicAddress;
import java.net.URI;

/** Turns the in-app paths callers give into the absolute links emails need. */
final class Links {

    private final PublicAddress address;

    Links(PublicAddress address) {
        this.address = address;
    }

    /** Accepts only paths inside Tandem, so an email can never point somewhere else. */
    static String requireInAppPath(String link) {
        if (link == null
                || !link.startsWith("/")
                || link.startsWith("//")
                || link.contains("\\")
                || link.length() > 500
                || link.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("A notification link must be a path inside Tandem");
        }
        URI.create(link);
        return link;
    }

    String absolute(String path) {
        return address.of(requireInAppPath(path));
    }
}
