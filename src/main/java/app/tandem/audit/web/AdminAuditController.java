package app.tandem.audit.web;

import app.tandem.audit.AuditVerification;
import app.tandem.audit.ChainStatus;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.web.PageMessages;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practice admin's audit page: chain status, recent events, and a button to verify the chain now. */
@Controller
class AdminAuditController {

    private final AuditPages pages;
    private final AuditVerification verification;
    private final PageMessages messages;

    AdminAuditController(AuditPages pages, AuditVerification verification, PageMessages messages) {
        this.pages = pages;
        this.verification = verification;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String show(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(required = false) Long before,
            Locale locale,
            Model model) {
        model.addAttribute("page", pages.forAdmin(admin, before, locale));
        return "audit/admin";
    }

    @PostMapping("/admin/audit/verify")
    String verify(@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        ChainStatus status = verification.verify(admin.practiceId());
        if (status.intact()) {
            messages.flash(redirect, "audit.admin.verified.intact", status.rowsChecked());
        } else {
            messages.flash(
                    redirect, "audit.admin.verified.broken", status.firstBreak().seq());
        }
        return "redirect:/admin/audit";
    }
}
