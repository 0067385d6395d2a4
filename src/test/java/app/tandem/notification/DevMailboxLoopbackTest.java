package app.tandem.notification;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.testing.TandemIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The development mailbox shows one-time links, so only this computer may read it. */
@TandemIntegrationTest
class DevMailboxLoopbackTest {

    @Autowired
    MockMvc mvc;

    @Test
    void isServedToLoopbackAndSaysSo() throws Exception {
        mvc.perform(get("/dev/mailbox").with(from("127.0.0.1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Shown only to requests from this computer")));
        mvc.perform(get("/dev/mailbox").with(from("::1"))).andExpect(status().isOk());
    }

    @Test
    void doesNotExistForAnyOtherAddress() throws Exception {
        mvc.perform(get("/dev/mailbox").with(from("192.168.1.20"))).andExpect(status().isNotFound());
        mvc.perform(get("/dev/mailbox/{id}", UUID.randomUUID()).with(from("203.0.113.7")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dev/anything-else").with(from("203.0.113.7"))).andExpect(status().isNotFound());
    }

    @Test
    void aForwardedHeaderCannotPretendToBeLoopback() throws Exception {
        mvc.perform(get("/dev/mailbox").with(from("203.0.113.7")).header("X-Forwarded-For", "127.0.0.1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dev/mailbox").with(from("203.0.113.7")).header("Forwarded", "for=127.0.0.1"))
                .andExpect(status().isNotFound());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
