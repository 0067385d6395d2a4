package app.tandem.identity.security;

import app.tandem.identity.Person;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.Role;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Turns a person into the principal that every authentication carries. */
public final class SignedInUsers {

    private SignedInUsers() {}

    public static CurrentUser of(Person person) {
        return new CurrentUser(
                person.id(),
                person.practiceId(),
                person.email(),
                person.displayName(),
                person.roles(),
                person.timeZone());
    }

    public static Authentication authentication(Person person) {
        return authentication(of(person));
    }

    public static Authentication authentication(CurrentUser user) {
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(Role::authority)
                .map(SimpleGrantedAuthority::new)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }
}
