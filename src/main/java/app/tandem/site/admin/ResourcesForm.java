package app.tandem.site.admin;

import app.tandem.practice.CrisisResource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;

/** The crisis resources form: the existing lines plus two empty ones to add. */
record ResourcesForm(@Valid List<Line> lines) {

    static final int MAX_LINES = 12;

    static ResourcesForm of(List<CrisisResource> resources) {
        List<Line> lines = new ArrayList<>();
        resources.forEach(r -> lines.add(
                new Line(r.label(), r.description(), r.callNumber(), r.textNumber(), r.textBody(), r.webUrl())));
        lines.add(Line.EMPTY);
        lines.add(Line.EMPTY);
        return new ResourcesForm(lines);
    }

    void validateInto(Errors errors) {
        List<Line> given = lines == null ? List.of() : lines;
        if (given.size() > MAX_LINES) {
            errors.reject("admin.resources.tooMany");
            return;
        }
        boolean any = false;
        for (int i = 0; i < given.size(); i++) {
            Line line = given.get(i);
            if (line.isEmpty()) {
                continue;
            }
            any = true;
            if (line.label() == null || line.label().isBlank()) {
                errors.rejectValue("lines[" + i + "].label", "admin.resources.labelRequired");
            }
            if (blank(line.callNumber()) && blank(line.textNumber()) && blank(line.webUrl())) {
                errors.rejectValue("lines[" + i + "].callNumber", "admin.resources.wayRequired");
            }
        }
        if (!any) {
            errors.reject("admin.resources.atLeastOne");
        }
    }

    List<CrisisResource> toResources() {
        return lines.stream()
                .filter(l -> !l.isEmpty())
                .map(l -> new CrisisResource(
                        l.label().trim(),
                        SettingsForm.blankToNull(l.description()),
                        SettingsForm.blankToNull(l.callNumber()),
                        SettingsForm.blankToNull(l.textNumber()),
                        SettingsForm.blankToNull(l.textBody()),
                        SettingsForm.blankToNull(l.webUrl())))
                .toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** One crisis resource line. */
    record Line(
            @Size(max = 120, message = "{admin.resources.tooLong}") String label,

            @Size(max = 400, message = "{admin.resources.tooLong}") String description,

            @Pattern(regexp = "[0-9+() .-]{0,40}", message = "{admin.practice.phoneInvalid}")
            String callNumber,

            @Pattern(regexp = "[0-9+() .-]{0,40}", message = "{admin.practice.phoneInvalid}")
            String textNumber,

            @Size(max = 40, message = "{admin.resources.tooLong}") String textBody,

            @Size(max = 400, message = "{admin.resources.tooLong}") @Pattern(regexp = "(https://\\S+)?", message = "{admin.resources.urlInvalid}")
            String webUrl) {

        static final Line EMPTY = new Line("", "", "", "", "", "");

        boolean isEmpty() {
            return blank(label)
                    && blank(description)
                    && blank(callNumber)
                    && blank(textNumber)
                    && blank(textBody)
                    && blank(webUrl);
        }
    }
}
