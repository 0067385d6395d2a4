package app.tandem.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a String form or request field that is deliberately not screened: names, emails, passwords,
 * time zones, tokens, identifiers, or text only staff write. Every String field of a {@code *Form}
 * or {@code *Request} carries this or {@link ClientFreeText}, so a new text input needs a decision.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface NotClientFreeText {

    /** Why the field is not client free text, e.g. "email address". */
    String value() default "";
}
