package app.tandem.measure;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.testing.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class MeasureOpenApiTest {

    private static final String RESPONSES = "$.paths['/api/v1/measures/{code}/responses']";
    private static final String SCHEMAS = "$.components.schemas.";

    @Autowired
    MockMvc mvc;

    @Test
    void theQuestionnaireApiIsDescribedWithTypedResponses() throws Exception {
        mvc.perform(get("/api/docs/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.paths['/api/v1/instruments'].get.responses['200'].content.*.schema.items['$ref']")
                                .value(hasItem("#/components/schemas/InstrumentDescription")))
                .andExpect(jsonPath(RESPONSES + ".post.responses['201'].content.*.schema['$ref']")
                        .value(hasItem("#/components/schemas/MeasureResult")))
                .andExpect(jsonPath(RESPONSES + ".post.responses['201'].headers['Idempotent-Replayed']")
                        .exists())
                .andExpect(jsonPath(RESPONSES + ".get.responses['200'].content.*.schema['$ref']")
                        .value(hasItem("#/components/schemas/MeasureResultList")))
                .andExpect(jsonPath(SCHEMAS + "InstrumentDescription.properties.items")
                        .exists())
                // both scorings appear as flat properties, as the JSON has them
                .andExpect(jsonPath(SCHEMAS + "MeasureResult.properties.total").exists())
                .andExpect(jsonPath(SCHEMAS + "MeasureResult.properties.count").exists())
                .andExpect(jsonPath(SCHEMAS + "MeasureResult.properties.safety['$ref']")
                        .value("#/components/schemas/ResultSafety"))
                .andExpect(jsonPath(SCHEMAS + "ResultSafety.properties.level").exists())
                .andExpect(jsonPath(SCHEMAS + "MeasureResultList.properties.change['$ref']")
                        .value("#/components/schemas/ChangeSummary"))
                .andExpect(jsonPath(SCHEMAS + "ReliableChangeSummary.properties.rci")
                        .exists());
    }
}
