package app.tandem.audit.web;

import app.tandem.shared.CurrentUser;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Who has looked at my information": always and only the signed-in client's own list. */
@Controller
class ClientPrivacyController {

    private final AuditPages pages;

    ClientPrivacyController(AuditPages pages) {
        this.pages = pages;
    }

    @GetMapping("/client/privacy")
    String show(
            @AuthenticationPrincipal CurrentUser client,
            @RequestParam(required = false) Long before,
            Locale locale,
            Model model) {
        model.addAttribute("page", pages.forClient(client, before, locale));
        return "audit/privacy";
    }
}
