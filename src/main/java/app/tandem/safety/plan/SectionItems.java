package app.tandem.safety.plan;

import app.tandem.safety.SafetyPlanSection;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One section of a plan for display: its key and items, with a tap-to-call link where an item has a number. */
public record SectionItems(SafetyPlanSection section, List<Item> items) {

    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d\\s().-]{5,}\\d");

    /** An item; {@code number} and {@code telHref} are set when it contains a phone number. */
    public record Item(String text, String number, String telHref) {}

    public String key() {
        return section.key();
    }

    static List<SectionItems> of(PlanContent content) {
        return Arrays.stream(SafetyPlanSection.values())
                .map(s -> new SectionItems(
                        s, content.items(s).stream().map(SectionItems::item).toList()))
                .toList();
    }

    private static Item item(String text) {
        Matcher m = PHONE.matcher(text);
        if (!m.find()) {
            return new Item(text, null, null);
        }
        return new Item(text, m.group(), "tel:" + m.group().replaceAll("[^0-9+]", ""));
    }
}
