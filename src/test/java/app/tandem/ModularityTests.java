package app.tandem;

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
        new Documenter(MODULES, "target/modulith-docs")
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
