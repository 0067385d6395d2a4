package app.tandem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Repositories are a module's private business: never in a module's API (root) package, and used only by
 * classes of their own module. A repository is public only when a sibling internal package of the same
 * module needs it (Java has no module-private visibility); Spring Modulith then still keeps it internal.
 */
class RepositoryArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.tandem");

    private static final DescribedPredicate<JavaClass> REPOSITORY =
            DescribedPredicate.describe("repositories", c -> c.getSimpleName().endsWith("Repository"));

    private static String moduleOf(String packageName) {
        String rest = packageName.startsWith("app.tandem.") ? packageName.substring("app.tandem.".length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean inApiPackage(JavaClass c) {
        return c.getPackageName().equals("app.tandem." + moduleOf(c.getPackageName()));
    }

    @Test
    void repositoriesAreNotPartOfAModulesApi() {
        classes()
                .that(REPOSITORY)
                .should(new ArchCondition<JavaClass>("live in an internal sub-package of their module") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        events.add(new SimpleConditionEvent(
                                repository,
                                !inApiPackage(repository),
                                repository.getName() + " is in its module's API package"));
                    }
                })
                .check(PRODUCTION);
    }

    @Test
    void repositoriesAreUsedOnlyByTheirOwnModule() {
        classes()
                .that(REPOSITORY)
                .should(new ArchCondition<JavaClass>("be used only by classes of their own module") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        String module = moduleOf(repository.getPackageName());
                        repository.getAccessesToSelf().stream()
                                .filter(a -> !moduleOf(a.getOriginOwner().getPackageName())
                                        .equals(module))
                                .forEach(a -> events.add(SimpleConditionEvent.violated(a, a.getDescription())));
                    }
                })
                .check(PRODUCTION);
    }
}
