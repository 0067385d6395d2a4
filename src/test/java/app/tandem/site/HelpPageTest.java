package app.tandem.site;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.testing.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class HelpPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsCrisisLinesWithoutSignIn() throws Exception {
        mvc.perform(get("/help"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"tel:988\"")))
                .andExpect(content().string(containsString("href=\"sms:741741?body=HOME\"")))
                .andExpect(content().string(containsString("href=\"tel:911\"")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))));
    }

    @Test
    void everyPageLinksToHelpAndSaysItIsNotTherapy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("href=\"/help\"")))
                .andExpect(content().string(containsString("is not a substitute for it")));
    }
}
