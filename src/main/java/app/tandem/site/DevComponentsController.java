package app.tandem.site;

import app.tandem.notification.DevPages;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** The living style page: every token and component of the design system (doc/design-system.md), as rendered. */
@Controller
class DevComponentsController {

    /** The colour tokens shown as swatches, in the order of tandem.css. */
    static final List<String> COLOURS = List.of(
            "ink",
            "muted",
            "paper",
            "card",
            "line",
            "link",
            "action",
            "on-action",
            "accent",
            "danger",
            "danger-bg",
            "alarm",
            "ok-bg",
            "focus",
            "chart-ink",
            "band-0",
            "band-1",
            "band-2",
            "band-3",
            "band-4");

    static final List<String> ICONS = List.of(
            "today",
            "checkin",
            "tools",
            "journal",
            "more",
            "help",
            "plan",
            "habits",
            "sessions",
            "measures",
            "alerts",
            "people");

    private final DevPages devPages;

    DevComponentsController(DevPages devPages) {
        this.devPages = devPages;
    }

    @GetMapping("/dev/components")
    String components(Model model) {
        if (!devPages.open()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("colours", COLOURS);
        model.addAttribute("icons", ICONS);
        return "site/components";
    }
}
