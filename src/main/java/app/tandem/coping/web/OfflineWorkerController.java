package app.tandem.coping.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The toolbox's service worker, served from {@code /client/toolbox/} so its scope is the toolbox: it keeps visited
 * toolbox pages for offline use and sends a use rated offline once the connection is back.
 */
@RestController
class OfflineWorkerController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final String script;

    OfflineWorkerController(MessageSource messages) throws IOException {
        this.messages = messages;
        try (InputStream in = new ClassPathResource("coping-worker/worker.js").getInputStream()) {
            this.script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @GetMapping(value = "/client/toolbox/worker.js", produces = "text/javascript")
    ResponseEntity<String> worker() {
        Locale locale = LocaleContextHolder.getLocale();
        String text = JSON.writeValueAsString(java.util.Map.of(
                "heading", messages.getMessage("coping.offline.heading", null, locale),
                "lead", messages.getMessage("coping.offline.lead", null, locale),
                "back", messages.getMessage("coping.back", null, locale)));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                // the list page /client/toolbox sits just outside the script's folder
                .header("Service-Worker-Allowed", "/client/toolbox")
                .contentType(MediaType.parseMediaType("text/javascript"))
                .body(script.replace("__TEXT__", text));
    }
}
