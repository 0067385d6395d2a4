package app.tandem.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User-facing text from the message bundles in the request's locale, so controllers pass keys, not English. */
@Component
public class PageMessages {

    private final MessageSource messages;

    PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** Shows message {@code key} once, on the page the redirect leads to. */
    public void flash(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flash", text(key, args));
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
