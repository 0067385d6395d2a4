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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The check-in on the client's home: until they have checked in today, a one-tap mood scale of five faces and a
 * save button (two taps from Today), with the full check-in one link away; then when they last did (no streaks,
 * no guilt).
 *
 * <p>Each face stands for a fifth of the 0-10 mood scale and is stored at that fifth's middle (1, 3, 5, 7, 9), so a
 * quick check-in sits on the same scale, charts and trends as a full one; the full form keeps all eleven points.
 */
@Component
class CheckInHomeSection implements PageSection {

    /** A face of the quick mood scale: the mood it stores and its message key. */
    record Face(int mood, String key) {}

    static final List<Face> FACES = List.of(
            new Face(1, "veryLow"),
            new Face(3, "low"),
            new Face(5, "okay"),
            new Face(7, "good"),
            new Face(9, "veryGood"));

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
        model.put("token", UUID.randomUUID().toString());
        model.put("faces", FACES);
        return Optional.of(new SectionView("checkin/home-section", model));
    }
}
