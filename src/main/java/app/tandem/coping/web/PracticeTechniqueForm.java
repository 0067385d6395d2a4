package app.tandem.coping.web;

import app.tandem.shared.NotClientFreeText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/** A technique a therapist or admin writes for the practice (staff text, reviewed by an admin, not client text). */
record PracticeTechniqueForm(
        @NotClientFreeText
        @NotBlank(message = "{coping.practice.title.required}") @Size(max = 120, message = "{coping.practice.size}") String title,

        @NotClientFreeText
        @NotBlank(message = "{coping.practice.purpose.required}") @Size(max = 300, message = "{coping.practice.size}") String purpose,

        @NotClientFreeText
        @NotBlank(message = "{coping.practice.steps.required}") @Size(max = 3900, message = "{coping.practice.size}") String steps,

        @NotNull(message = "{coping.practice.minutes.range}") @Min(value = 1, message = "{coping.practice.minutes.range}") @Max(value = 60, message = "{coping.practice.minutes.range}") Integer minutes) {

    static PracticeTechniqueForm blank() {
        return new PracticeTechniqueForm("", "", "", 5);
    }

    List<String> stepList() {
        return Arrays.stream(steps.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
