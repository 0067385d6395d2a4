package app.tandem.safety.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.safety.SafetyNet;
import app.tandem.shared.ClientFreeText;
import app.tandem.shared.NotClientFreeText;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every word a client writes is screened: (a) every String field of a {@code *Form} or {@code *Request}
 * class says whether it holds client free text ({@link ClientFreeText}) or not ({@link NotClientFreeText}),
 * so a new text input cannot be added without that decision; (b) every {@code @ClientFreeText} field is read on
 * a path that reaches {@link SafetyNet#screenText}, field by field (a module that screens one field does not
 * excuse another).
 */
class FreeTextScreeningArchitectureTest {

    private static final String ROOT = "app.tandem";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void everyTextFieldOfAFormOrRequestIsDecided() {
        assertThat(undecidedTextFields(PRODUCTION))
                .as("String fields of *Form/*Request classes without @ClientFreeText or @NotClientFreeText")
                .isEmpty();
    }

    @Test
    void everyClientFreeTextFieldIsReadOnAPathThatScreens() {
        assertThat(fieldsNotScreened(PRODUCTION))
                .as("@ClientFreeText fields whose readers never reach SafetyNet.screenText")
                .isEmpty();
    }

    @Test
    void theRulesCatchAnUndecidedFieldAndAnUnscreenedModule() {
        JavaClasses fixtures = new ClassFileImporter()
                .importClasses(UndecidedForm.class, DecidedRequest.class, ScreeningService.class);

        assertThat(undecidedTextFields(fixtures)).containsExactly(UndecidedForm.class.getName() + ".note");
        // story is read by a service that screens it; the other free-text field of the same class is not.
        assertThat(fieldsNotScreened(fixtures)).containsExactly(DecidedRequest.class.getName() + ".aside");
    }

    static Set<String> undecidedTextFields(JavaClasses classes) {
        Set<String> undecided = new TreeSet<>();
        for (JavaClass type : classes) {
            String name = type.getSimpleName();
            if (!(name.endsWith("Form") || name.endsWith("Request"))) {
                continue;
            }
            for (JavaField field : type.getFields()) {
                if (field.getModifiers().contains(JavaModifier.STATIC)
                        || !field.getRawType().isEquivalentTo(String.class)) {
                    continue;
                }
                if (!field.isAnnotatedWith(ClientFreeText.class) && !field.isAnnotatedWith(NotClientFreeText.class)) {
                    undecided.add(type.getName() + "." + field.getName());
                }
            }
        }
        return undecided;
    }

    /**
     * The {@code @ClientFreeText} fields (as {@code Class.field}) none of whose readers reaches a call of
     * {@link SafetyNet#screenText} within a few calls: the reader of a record component is whoever calls its
     * accessor, and the search follows calls into the application's own classes (and, when the reader returns
     * what it built from the text, its callers).
     */
    static Set<String> fieldsNotScreened(JavaClasses classes) {
        Set<String> unscreened = new TreeSet<>();
        for (JavaClass type : classes) {
            for (JavaField field : type.getFields()) {
                if (!field.isAnnotatedWith(ClientFreeText.class)) {
                    continue;
                }
                Set<JavaCodeUnit> readers = new HashSet<>();
                type.tryGetMethod(field.getName())
                        .ifPresent(accessor -> accessor.getCallsOfSelf().stream()
                                .map(JavaMethodCall::getOrigin)
                                .forEach(readers::add));
                field.getAccessesToSelf().stream()
                        .map(access -> access.getOrigin())
                        .filter(origin -> !origin.getName().equals(field.getName()))
                        .forEach(readers::add);
                if (readers.stream().noneMatch(reader -> screens(reader, 2))) {
                    unscreened.add(type.getName() + "." + field.getName());
                }
            }
        }
        return unscreened;
    }

    private static final int MAX_CALL_DEPTH = 5;

    /**
     * Whether a reader of the text screens it: it reaches {@code screenText} itself, or it hands the text back
     * (returns a value, e.g. a draft built from the form) to a caller that does, up to {@code levelsUp} callers.
     */
    private static boolean screens(JavaCodeUnit reader, int levelsUp) {
        if (reachesScreening(reader, MAX_CALL_DEPTH, new HashSet<>())) {
            return true;
        }
        if (levelsUp == 0 || reader.getRawReturnType().getName().equals("void")) {
            return false;
        }
        return reader.getCallsOfSelf().stream().anyMatch(call -> screens(call.getOrigin(), levelsUp - 1));
    }

    private static boolean reachesScreening(JavaCodeUnit unit, int depth, Set<JavaCodeUnit> seen) {
        if (!seen.add(unit)) {
            return false;
        }
        for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
            if (call.getName().equals("screenText") && call.getTargetOwner().isAssignableTo(SafetyNet.class)) {
                return true;
            }
        }
        if (depth == 0) {
            return false;
        }
        for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
            if (!call.getTargetOwner().getPackageName().startsWith(ROOT)) {
                continue;
            }
            for (JavaCodeUnit target : call.getTarget().resolveMember().stream().toList()) {
                if (reachesScreening(target, depth - 1, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    // Fixtures proving the rules can fail.
    record UndecidedForm(@NotClientFreeText String name, String note, int mood) {}

    record DecidedRequest(
            @ClientFreeText String story,
            @ClientFreeText String aside,
            @NotClientFreeText("email address") String email) {}

    static class ScreeningService {
        void save(SafetyNet net, DecidedRequest request) {
            screen(net, request.story());
        }

        void keep(DecidedRequest request) {
            store(request.aside());
        }

        private void screen(SafetyNet net, String text) {
            net.screenText(null, null, null, text);
        }

        private void store(String text) {}
    }
}
