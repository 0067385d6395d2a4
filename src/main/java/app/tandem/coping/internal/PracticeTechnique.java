package app.tandem.coping.internal;

import app.tandem.coping.GuideKind;
import app.tandem.coping.Technique;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;

/** A technique a therapist or admin of the practice wrote; clients see it once an admin approved it. */
public record PracticeTechnique(
        String id,
        PracticeId practice,
        String title,
        String purpose,
        List<String> steps,
        int minutes,
        Status status,
        int version,
        UserId writtenBy,
        UserId reviewedBy,
        Instant createdAt) {

    public enum Status {
        PENDING,
        APPROVED
    }

    public boolean approved() {
        return status == Status.APPROVED;
    }

    /** As a technique with timed steps, the minutes shared out evenly. */
    public Technique asTechnique() {
        int seconds = minutes * 60 / steps.size();
        return new Technique(
                id,
                String.valueOf(version),
                title,
                purpose,
                List.of(),
                minutes,
                GuideKind.STEPS,
                null,
                steps.stream().map(s -> new Technique.Step(s, seconds, null)).toList(),
                List.of(),
                null,
                List.of(),
                null,
                true);
    }
}
