package app.tandem.checkin.web;

import app.tandem.checkin.internal.CheckInQueries;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** "Check in now" on the client's home, with when they last did (no streaks, no guilt). */
@Component
class CheckInHomeSection implements PageSection {

    private final CheckInQueries queries;
    private final Clock clock;

    CheckInHomeSection(CheckInQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public Page page() {
        return Page.CLIENT_HOME;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        Map<String, Object> model = new HashMap<>();
        queries.latest(viewer, subject).ifPresent(last -> {
            ZonedDateTime local = last.atZone(viewer.zone());
            LocalDate today = LocalDate.now(clock.withZone(viewer.zone()));
            model.put("last", local);
            model.put(
                    "lastDay",
                    local.toLocalDate().equals(today)
                            ? "today"
                            : local.toLocalDate().equals(today.minusDays(1)) ? "yesterday" : "earlier");
        });
        model.putIfAbsent("lastDay", "none");
        return Optional.of(new SectionView("checkin/home-section", model));
    }
}
