package app.tandem.export;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.testing.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class ExportOpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theClientsDownloadsAreInTheOpenApiDocumentWithTheirFileTypes() throws Exception {
        mvc.perform(get("/api/docs/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me/export.csv'].get.summary", containsString("CSV")))
                .andExpect(jsonPath("$.paths['/api/v1/me/export.csv'].get.responses['200'].content['text/csv']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/me/export.fhir.json'].get.summary", containsString("FHIR")))
                .andExpect(jsonPath("$.paths['/api/v1/me/export.fhir.json'].get.responses['200']"
                                + ".content['application/fhir+json']")
                        .exists())
                // the page-session twins of these downloads are not part of the API
                .andExpect(jsonPath("$.paths['/client/my-data/export.csv']").doesNotExist());
    }
}
