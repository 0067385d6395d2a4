package app.tandem.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where people reach this Tandem ({@code tandem.base-url}, without a trailing slash): the one place the links that
 * leave the site are made from (emails, pushes, calendar apps), so a configured "https://care.example.org/" never
 * gives "//" in a link.
 */
@Component
public class PublicAddress {

    private final String base;

    public PublicAddress(@Value("${tandem.base-url}") String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The address itself, e.g. {@code https://care.example.org}. */
    public String base() {
        return base;
    }

    /** The absolute link to a path of this site, e.g. {@code /calendar/abc.ics}. */
    public String of(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("A path of this site starts with /");
        }
        return base + path;
    }
}
