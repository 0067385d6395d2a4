package app.tandem.coping.web;

import app.tandem.coping.internal.RankedTechnique;
import app.tandem.coping.stats.TechniqueEffect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Says in words why a technique sits where it does in a client's ranking. */
@Component
class Reasons {

    private final MessageSource messages;

    Reasons(MessageSource messages) {
        this.messages = messages;
    }

    /** A ranked technique with the sentences that explain it. */
    record Explained(RankedTechnique item, List<String> reasons) {}

    List<Explained> explain(List<RankedTechnique> ranking) {
        return ranking.stream().map(r -> new Explained(r, reasons(r))).toList();
    }

    List<String> reasons(RankedTechnique r) {
        TechniqueEffect e = r.effect();
        List<String> lines = new ArrayList<>();
        if (!e.enough()) {
            lines.add(text("coping.reason.notEnough", e.uses()));
        } else {
            lines.add(text(
                    e.meanChange() >= 0 ? "coping.reason.lower" : "coping.reason.higher",
                    one(Math.abs(e.meanChange())),
                    e.uses(),
                    one(e.lower()),
                    one(e.upper())));
            lines.add(text(
                    "coping.reason.shrunk",
                    one(e.shrunk()),
                    one(e.priorMean()),
                    String.valueOf(Math.round(e.weight() * 100))));
        }
        if (r.assignedUses() > 0) {
            lines.add(text("coping.reason.assigned", r.assignedUses()));
        }
        return lines;
    }

    static String one(double value) {
        return String.format(Locale.US, "%.1f", value);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
