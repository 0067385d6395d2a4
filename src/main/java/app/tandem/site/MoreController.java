package app.tandem.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "More": everything the phone's tab bar has no room for, in one list (the top navigation does it on a desktop). */
@Controller
class MoreController {

    @GetMapping("/more")
    String more() {
        return "site/more";
    }
}
