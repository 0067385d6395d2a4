package app.tandem.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Metrics describe the practice's load and errors: only an admin may read them. */
@TandemIntegrationTest
class MetricsAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void prometheusIsNotPublic() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        var practice = data.aPractice();
        mvc.perform(get("/actuator/prometheus").with(SignedIn.as(data.aTherapist(practice))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
