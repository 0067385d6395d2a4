package app.tandem.safety.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.safety.SafetyOutcome;
import app.tandem.screening.RiskLevel;
import app.tandem.testing.TandemIntegrationTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** Renders the crisis card fragment as pages of every module include it. */
@TandemIntegrationTest
class CrisisCardTest {

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    ApplicationContext context;

    @Autowired
    ConversionService conversion;

    @Test
    void nothingIsShownWhenNothingWasFound() {
        assertThat(render(SafetyOutcome.NONE))
                .doesNotContain("crisis-card", "Thank you for telling us")
                .isBlank();
        assertThat(render(null)).isBlank();
    }

    @Test
    void lowAndModerateShowTheCalmCardWithLinesPlanAndQuestions() {
        for (RiskLevel level : List.of(RiskLevel.LOW, RiskLevel.MODERATE)) {
            UUID alert = UUID.randomUUID();
            String html = render(outcome(level, alert));

            assertThat(html)
                    .contains(
                            "Thank you for telling us",
                            "What you wrote has been saved.",
                            "your care team has been let know",
                            "Maya will be in touch today.",
                            "tel:988",
                            "sms:741741?body=HOME",
                            "/client/safety-plan",
                            "/client/safety/check?alert=" + alert)
                    .doesNotContain("crisis-screen", "role=\"alert\"", "matched-words-never-shown");
        }
    }

    @Test
    void highShowsTheFullCrisisScreenFirst() {
        String html = render(outcome(RiskLevel.HIGH, UUID.randomUUID()));

        assertThat(html)
                .contains(
                        "id=\"crisis-screen\"",
                        "role=\"alert\"",
                        "If you are in danger right now, call 911",
                        "href=\"tel:911\"",
                        "href=\"sms:988\"",
                        "Text HOME to 741741",
                        "Your therapist is being told now.");
        assertThat(html.indexOf("crisis-screen")).isLessThan(html.indexOf("Thank you for telling us"));
    }

    private static SafetyOutcome outcome(RiskLevel level, UUID alert) {
        return new SafetyOutcome(level, alert, List.of("matched-words-never-shown"), "Maya will be in touch today.");
    }

    private String render(SafetyOutcome outcome) {
        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/client/journal");
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse());
        WebContext web = new WebContext(exchange, Locale.ENGLISH);
        web.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversion));
        web.setVariables(new java.util.HashMap<>(Map.of()));
        web.setVariable("outcome", outcome);
        return templates.process("safety/crisis", Set.of("card"), web).strip();
    }
}
