package app.tandem.site;

import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.today.MoodDiary;
import app.tandem.shared.today.MoodWeek;
import app.tandem.shared.web.PageSection;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page fits the person: visitors see the practice, clients their day, staff their work. */
@Controller
class HomeController {

    private final People people;
    private final Practices practices;
    private final PageSections sections;
    private final MoodDiary moods;
    private final TodayPlan plan;
    private final MessageSource messages;

    HomeController(
            People people,
            Practices practices,
            PageSections sections,
            MoodDiary moods,
            TodayPlan plan,
            MessageSource messages) {
        this.people = people;
        this.practices = practices;
        this.sections = sections;
        this.moods = moods;
        this.plan = plan;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        CurrentUser user = CurrentUser.current().orElse(null);
        if (user == null) {
            model.addAttribute("practice", practices.defaultPractice().orElse(null));
            return "site/welcome";
        }
        if (user.isClient()) {
            Person me = people.get(user.id());
            model.addAttribute(
                    "therapist", me.primaryTherapistId() == null ? null : people.get(me.primaryTherapistId()));
            today(user, model, locale);
            return "site/client-home";
        }
        if (user.isTherapist()) {
            // The therapist's home is the caseload (module caseload), at a URL of its own so filters can be links.
            return "redirect:/therapist/caseload";
        }
        model.addAttribute("practice", practices.get(user.practiceId()));
        model.addAttribute("people", people.inPractice(user.practiceId()));
        return "site/admin-home";
    }

    /** Today: one primary action, the week's mood, one list of what is due, then the modules' other sections. */
    private void today(CurrentUser client, Model model, Locale locale) {
        MoodWeek week = moods.weekOf(client);
        model.addAttribute("week", week);
        model.addAttribute("primary", plan.primaryFor(client, week));
        model.addAttribute("sparkline", week.anyMood() ? MoodSparkline.of(week, messages, locale) : null);
        model.addAttribute("due", sections.render(PageSection.Page.CLIENT_HOME_DUE, client, client.id()));
        model.addAttribute("sections", sections.render(PageSection.Page.CLIENT_HOME, client, client.id()));
    }
}
