package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module map holds (no cycles, no reaching into another module's internals) and is documented. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(TandemApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, "target/modulith-docs").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target/modulith-docs/components.puml")).isNotEmptyFile();
        assertThat(Path.of("target/modulith-docs/module-safety.puml")).isNotEmptyFile();
    }
}
