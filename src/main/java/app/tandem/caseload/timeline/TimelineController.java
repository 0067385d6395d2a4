package app.tandem.caseload.timeline;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.TimelineKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The client's timeline page: a GET form of kinds (works without JavaScript), entries grouped by day, and older /
 * newer links. "Newer" goes back along {@code trail}, the cursors of the pages already seen (the newest
 * {@value #TRAIL} of them; past that it goes to the first page).
 */
@Controller
class TimelineController {

    static final int TRAIL = 20;

    private final TimelineReader reader;

    TimelineController(TimelineReader reader) {
        this.reader = reader;
    }

    @GetMapping("/therapist/clients/{clientId}/timeline")
    String timeline(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID clientId,
            @RequestParam(name = "kinds", required = false) List<String> kinds,
            @RequestParam(name = "before", required = false) String before,
            @RequestParam(name = "trail", required = false) String trail,
            Model model) {
        List<TimelineKind> available = reader.available();
        Set<TimelineKind> chosen = chosen(kinds, available);
        Optional<TimelineCursor> cursor = cursor(before);
        List<String> seen = cursor.isPresent() ? trail(trail) : List.of();
        TimelinePage page = reader.page(therapist, new UserId(clientId), chosen, cursor, TimelineReader.PAGE);
        String base = "/therapist/clients/" + clientId + "/timeline";
        model.addAttribute("page", page);
        model.addAttribute("view", TimelineView.of(page, therapist.zone()));
        model.addAttribute("available", available);
        model.addAttribute("olderUrl", page.next() == null ? null : older(base, chosen, before, seen, page.next()));
        model.addAttribute("newerUrl", cursor.isEmpty() ? null : newer(base, chosen, seen));
        return "caseload/timeline";
    }

    /** Kinds from the form; none ticked (or none known) means all. Unknown names are ignored. */
    private static Set<TimelineKind> chosen(List<String> kinds, List<TimelineKind> available) {
        Set<TimelineKind> chosen = EnumSet.noneOf(TimelineKind.class);
        if (kinds != null) {
            for (String k : kinds) {
                available.stream().filter(a -> a.name().equals(k)).forEach(chosen::add);
            }
        }
        return chosen.isEmpty()
                ? EnumSet.copyOf(available.isEmpty() ? List.of(TimelineKind.values()) : available)
                : chosen;
    }

    /** A cursor that cannot be read starts again from the newest entries. */
    private static Optional<TimelineCursor> cursor(String before) {
        if (before == null || before.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TimelineCursor.decode(before));
        } catch (InvalidTimelineRequestException e) {
            return Optional.empty();
        }
    }

    private static List<String> trail(String trail) {
        if (trail == null || trail.isBlank()) {
            return List.of();
        }
        List<String> seen = new ArrayList<>(List.of(trail.split(",")));
        return seen.size() > TRAIL ? seen.subList(seen.size() - TRAIL, seen.size()) : seen;
    }

    private static String older(
            String base, Set<TimelineKind> kinds, String current, List<String> seen, TimelineCursor next) {
        List<String> trail = new ArrayList<>(seen);
        trail.add(current == null || current.isBlank() ? "" : current);
        if (trail.size() > TRAIL) {
            trail = trail.subList(trail.size() - TRAIL, trail.size());
        }
        return url(base, kinds, next.encode(), String.join(",", trail));
    }

    private static String newer(String base, Set<TimelineKind> kinds, List<String> seen) {
        if (seen.isEmpty()) {
            return url(base, kinds, null, null);
        }
        String previous = seen.get(seen.size() - 1);
        List<String> rest = seen.subList(0, seen.size() - 1);
        return url(base, kinds, previous.isEmpty() ? null : previous, rest.isEmpty() ? null : String.join(",", rest));
    }

    private static String url(String base, Set<TimelineKind> kinds, String before, String trail) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(base);
        kinds.stream().sorted().forEach(k -> b.queryParam("kinds", k.name()));
        if (before != null) {
            b.queryParam("before", before);
        }
        if (trail != null && !trail.isEmpty()) {
            b.queryParam("trail", trail);
        }
        return b.build().toUriString();
    }
}
