package app.tandem.safety.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.safety.SafetyNet;
import app.tandem.shared.ClientFreeText;
import app.tandem.shared.NotClientFreeText;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every word a client writes is screened: (a) every String field of a {@code *Form} or {@code *Request}
 * class says whether it holds client free text ({@link ClientFreeText}) or not ({@link NotClientFreeText}),
 * so a new text input cannot be added without that decision; (b) every module that declares client free
 * text contains a class that calls {@link SafetyNet#screenText}.
 */
class FreeTextScreeningArchitectureTest {

    private static final String ROOT = "app.tandem";

    /**
     * Fields of other modules that existed before this rule and still await their annotation (listed
     * in the safety-client hand-over). Remove each entry once its field is annotated; an entry that
     * no longer matches an undecided field fails {@link #thePendingListHoldsOnlyUndecidedFields()}.
     */
    /** Fields awaiting a decision; empty now that every existing field has one. */
    static final Set<String> PENDING_DECISION = Set.of();

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void everyTextFieldOfAFormOrRequestIsDecided() {
        Set<String> undecided = undecidedTextFields(PRODUCTION);
        undecided.removeAll(PENDING_DECISION);
        assertThat(undecided)
                .as("String fields of *Form/*Request classes without @ClientFreeText or @NotClientFreeText")
                .isEmpty();
    }

    @Test
    void thePendingListHoldsOnlyUndecidedFields() {
        assertThat(undecidedTextFields(PRODUCTION)).containsAll(PENDING_DECISION);
    }

    @Test
    void everyModuleWithClientFreeTextScreensIt() {
        assertThat(modulesNotScreening(PRODUCTION))
                .as("modules (with their @ClientFreeText fields) that never call SafetyNet.screenText")
                .isEmpty();
    }

    @Test
    void theRulesCatchAnUndecidedFieldAndAnUnscreenedModule() {
        JavaClasses fixtures = new ClassFileImporter()
                .importClasses(UndecidedForm.class, DecidedRequest.class, ScreeningService.class);

        assertThat(undecidedTextFields(fixtures)).containsExactly(UndecidedForm.class.getName() + ".note");
        assertThat(modulesNotScreening(new ClassFileImporter().importClasses(DecidedRequest.class)))
                .isNotEmpty();
        assertThat(modulesNotScreening(fixtures)).isEmpty();
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

    static TreeMap<String, Set<String>> modulesNotScreening(JavaClasses classes) {
        TreeMap<String, Set<String>> freeText = new TreeMap<>();
        Set<String> screening = new TreeSet<>();
        for (JavaClass type : classes) {
            type.getFields().stream()
                    .filter(f -> f.isAnnotatedWith(ClientFreeText.class))
                    .forEach(f -> freeText.computeIfAbsent(moduleOf(type), m -> new TreeSet<>())
                            .add(type.getSimpleName() + "." + f.getName()));
            boolean screens = type.getMethodCallsFromSelf().stream()
                    .anyMatch(call -> call.getName().equals("screenText")
                            && call.getTargetOwner().isAssignableTo(SafetyNet.class));
            if (screens) {
                screening.add(moduleOf(type));
            }
        }
        return freeText.entrySet().stream()
                .filter(e -> !screening.contains(e.getKey()))
                .collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue(), (a, b) -> a, TreeMap::new));
    }

    /** The direct sub-package of app.tandem (the Modulith module); fixtures outside it count by package. */
    private static String moduleOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return pkg;
        }
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    // Fixtures proving the rules can fail.
    record UndecidedForm(@NotClientFreeText String name, String note, int mood) {}

    record DecidedRequest(
            @ClientFreeText String story,
            @NotClientFreeText("email address") String email) {}

    static class ScreeningService {
        void save(SafetyNet net, String text) {
            net.screenText(null, null, null, text);
        }
    }
}
