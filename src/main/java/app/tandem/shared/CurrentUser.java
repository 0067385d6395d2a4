package app.tandem.shared;

import java.io.Serializable;
import java.security.Principal;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in person, as the security layer knows them (the principal of every authentication). */
public record CurrentUser(
        UserId id, PracticeId practiceId, String email, String displayName, Set<Role> roles, String timeZone)
        implements Serializable, Principal {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    /** The principal name (sessions are indexed by it): the user id, never the email. */
    @Override
    public String getName() {
        return id.toString();
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isClient() {
        return is(Role.CLIENT);
    }

    public boolean isTherapist() {
        return is(Role.THERAPIST);
    }

    public boolean isAdmin() {
        return is(Role.ADMIN);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The most specific role, used to label audit entries and pick a home page. */
    public Role primaryRole() {
        if (isClient()) {
            return Role.CLIENT;
        }
        return isTherapist() ? Role.THERAPIST : Role.ADMIN;
    }

    /** The signed-in user of the current thread, if any. */
    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
