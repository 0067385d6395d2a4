package app.tandem.checkin.web;

import app.tandem.checkin.trend.Insight;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts insights into words for the client ("you") or the therapist ("Alex"), always ending in a conversation. */
@Component
class InsightTexts {

    private final MessageSource messages;

    InsightTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** What was seen, how it was worked out, and the nudge toward the session. */
    record Text(String kind, String observation, String how, String talk) {}

    List<Text> forClient(List<Insight> insights, String therapistName) {
        return render(insights, "client", therapistName);
    }

    List<Text> forTherapist(List<Insight> insights, String clientName) {
        return render(insights, "therapist", clientName);
    }

    private List<Text> render(List<Insight> insights, String audience, String name) {
        List<Text> texts = new ArrayList<>();
        for (Insight i : insights) {
            texts.add(new Text(
                    i.kind(),
                    text("checkin.insight." + i.key() + "." + audience, i.args().toArray()),
                    text("checkin.insight." + i.kind() + ".how", i.howArgs().toArray()),
                    text("checkin.insight.talk." + audience, name)));
        }
        return texts;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
