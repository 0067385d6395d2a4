package app.tandem.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form or request field holding text that a client or prospective client writes. Such text
 * is screened through {@link SafetyNet#screenText} in the transaction that saves it; the architecture
 * test checks that every module declaring such a field calls the safety net.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ClientFreeText {}
