package app.tandem.shared;

import java.util.EnumSet;
import java.util.Set;

/** What a person does in a practice. A client has only CLIENT; an admin may also be a therapist. */
public enum Role {
    CLIENT,
    THERAPIST,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Parses the comma-separated form stored in the database. */
    public static Set<Role> parseAll(String value) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                roles.add(Role.valueOf(part.trim()));
            }
        }
        return roles;
    }

    public static String formatAll(Set<Role> roles) {
        return String.join(",", roles.stream().map(Enum::name).sorted().toList());
    }
}
