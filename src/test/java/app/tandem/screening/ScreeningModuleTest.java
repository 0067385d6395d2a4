package app.tandem.screening;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.practice.Practices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/** Screening boots as a module of its own: its screener is ready with the bundled rules, and nothing else is. */
@ApplicationModuleTest
class ScreeningModuleTest {

    @Autowired
    RiskScreener screener;

    @Autowired
    ApplicationContext context;

    @Test
    void theScreenerBootsWithTheBundledRulesAndReadsRisk() {
        assertThat(screener.rulesVersion()).isEqualTo(RiskScreener.standard().rulesVersion());
        assertThat(screener.screen("I want to kill myself tonight.").level()).isEqualTo(RiskLevel.HIGH);
        assertThat(screener.screen("rough day at work, tired and a bit low but ok")
                        .level())
                .isEqualTo(RiskLevel.NONE);
    }

    @Test
    void noOtherModuleIsStartedAlongside() {
        assertThat(context.getBeanNamesForType(Practices.class)).isEmpty();
    }
}
