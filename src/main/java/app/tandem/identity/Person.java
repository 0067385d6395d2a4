package app.tandem.identity;

import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.shared.UserId;
import java.time.ZoneId;
import java.util.Set;

/** A person with an account, as other modules see them (no credentials). */
public record Person(
        UserId id,
        PracticeId practiceId,
        String email,
        String displayName,
        Set<Role> roles,
        UserId primaryTherapistId,
        String timeZone,
        boolean enabled) {

    public boolean isClient() {
        return roles.contains(Role.CLIENT);
    }

    public boolean isTherapist() {
        return roles.contains(Role.THERAPIST);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String firstName() {
        int space = displayName.indexOf(' ');
        return space > 0 ? displayName.substring(0, space) : displayName;
    }
}
