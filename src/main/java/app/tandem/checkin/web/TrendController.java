package app.tandem.checkin.web;

import app.tandem.checkin.internal.CheckInQueries;
import app.tandem.checkin.internal.StoredCheckIn;
import app.tandem.checkin.trend.TrendPage;
import app.tandem.checkin.trend.Trends;
import app.tandem.identity.CareAccess;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Charts and insights of a client's check-ins: for the client, and for their therapist. */
@Controller
class TrendController {

    static final int RECENT_NOTES = 10;

    private final Trends trends;
    private final CheckInQueries queries;
    private final CareAccess care;
    private final People people;
    private final InsightTexts texts;

    TrendController(Trends trends, CheckInQueries queries, CareAccess care, People people, InsightTexts texts) {
        this.trends = trends;
        this.queries = queries;
        this.care = care;
        this.people = people;
        this.texts = texts;
    }

    @GetMapping("/client/trends")
    String mine(
            @AuthenticationPrincipal CurrentUser client, @RequestParam(required = false) Integer days, Model model) {
        Person me = care.requireClinicalAccess(client, client.id());
        TrendPage page = trends.page(client, client.id(), me.zone(), Trends.range(days));
        String therapist = me.primaryTherapistId() == null
                ? null
                : people.find(me.primaryTherapistId()).map(Person::firstName).orElse(null);
        model.addAttribute(
                "insights", texts.forClient(page.insights(), therapist == null ? "your therapist" : therapist));
        model.addAttribute("base", "/client/trends");
        return show(model, page, null);
    }

    @GetMapping("/therapist/clients/{clientId}/trends")
    String client(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID clientId,
            @RequestParam(required = false) Integer days,
            Model model) {
        Person client = care.requireClinicalAccess(therapist, new UserId(clientId));
        TrendPage page = trends.page(therapist, client.id(), client.zone(), Trends.range(days));
        model.addAttribute("insights", texts.forTherapist(page.insights(), client.firstName()));
        model.addAttribute("base", "/therapist/clients/" + clientId + "/trends");
        List<StoredCheckIn> recent = new ArrayList<>(
                queries.between(therapist, client.id(), page.to().minusDays(13), page.to()));
        Collections.reverse(recent);
        model.addAttribute(
                "recent",
                recent.stream().limit(RECENT_NOTES).map(StoredCheckIn::view).toList());
        return show(model, page, client);
    }

    private static String show(Model model, TrendPage page, Person client) {
        model.addAttribute("page", page);
        model.addAttribute("client", client);
        model.addAttribute("ranges", List.of(7, 30, 90, 365));
        return "checkin/trends";
    }
}
