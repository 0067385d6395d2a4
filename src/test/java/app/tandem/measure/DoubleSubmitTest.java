package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.measure.internal.ResponseService;
import app.tandem.measure.internal.SaveResult;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@TandemIntegrationTest
class DoubleSubmitTest {

    @Autowired
    ResponseService responses;

    @Autowired
    Measures measures;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void submitsRacingWithOneTokenSaveOnceAndAllAnswerWithTheFirst() throws Exception {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        Instrument gad7 = measures.catalog().get("gad7");
        var answers = new ResponseService.Answers(List.of(1, 1, 1, 1, 1, 1, 1), Map.of(), true, "tap-race", null);
        int taps = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(taps);
        try {
            List<Future<SaveResult>> results = new ArrayList<>();
            for (int i = 0; i < taps; i++) {
                Callable<SaveResult> tap = () -> {
                    start.await();
                    return responses.submit(client, gad7, answers);
                };
                results.add(pool.submit(tap));
            }
            start.countDown();
            List<UUID> ids = new ArrayList<>();
            for (Future<SaveResult> result : results) {
                ids.add(result.get().response().id());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM measure_response WHERE client_id = ?")
                        .param(client.id().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
