package app.tandem.audit.web;

import app.tandem.audit.AuditVerification;
import app.tandem.audit.ChainStatus;
import app.tandem.shared.CurrentUser;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    AdminAuditController(AuditPages pages, AuditVerification verification, MessageSource messages) {
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
    String verify(@AuthenticationPrincipal CurrentUser admin, Locale locale, RedirectAttributes redirect) {
        ChainStatus status = verification.verify(admin.practiceId());
        redirect.addFlashAttribute(
                "flash",
                status.intact()
                        ? messages.getMessage(
                                "audit.admin.verified.intact",
                                new Object[] {status.rowsChecked()},
                                "Verified: intact.",
                                locale)
                        : messages.getMessage(
                                "audit.admin.verified.broken",
                                new Object[] {status.firstBreak().seq()},
                                "Verified: broken.",
                                locale));
        return "redirect:/admin/audit";
    }
}
