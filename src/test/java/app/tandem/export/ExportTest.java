package app.tandem.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.checkin.CheckIns;
import app.tandem.checkin.HistoricalCheckIn;
import app.tandem.measure.Measures;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class ExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Measures measures;

    @Autowired
    FhirContext fhir;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CheckIns checkIns;

    CurrentUser therapist;
    CurrentUser client;

    @BeforeEach
    void history() {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
        checkIns.recordHistorical(
                client.id(),
                List.of(new HistoricalCheckIn(
                        Instant.parse("2026-01-04T14:05:00Z"),
                        6,
                        3,
                        7.5,
                        4,
                        5,
                        List.of("calm", "tired"),
                        List.of("exercise"),
                        "Walked, then \"rested\"\nfelt ok")));
        measures.recordHistorical(
                client.practiceId(),
                client.id(),
                "phq9",
                List.of(2, 2, 2, 2, 2, 2, 2, 2, 1),
                Instant.parse("2026-01-05T15:30:00Z"),
                null);
        measures.recordHistorical(
                client.practiceId(),
                client.id(),
                "who5",
                List.of(3, 3, 2, 2, 3),
                Instant.parse("2026-01-06T15:30:00Z"),
                null);
        measures.recordHistorical(
                client.practiceId(),
                client.id(),
                "pcl5",
                List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
                Instant.parse("2026-01-07T15:30:00Z"),
                null);
    }

    @Test
    void theCsvHasAHeaderAndOneQuotedRowPerResponse() throws Exception {
        String csv = mvc.perform(get("/client/my-data/export.csv").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0])
                .startsWith(
                        "record_type,date,time,mood,anxiety,sleep_hours,sleep_quality,energy,emotions,tags,note,"
                                + "instrument,instrument_version,completed_at,item_answers,other_answers,total,percentage,band");
        assertThat(lines).hasSize(5);
        assertThat(lines[1])
                .isEqualTo("check-in,2026-01-04,09:05,6,3,7.5,4,5,calm;tired,exercise,"
                        + "\"Walked, then \"\"rested\"\"\nfelt ok\",,,,,,,,,,,,,,,,,,,,,,,,,,,");
        // padded to the header's width, habit_note included
        lines = java.util.Arrays.copyOfRange(lines, 1, lines.length);
        assertThat(lines[1])
                .startsWith("questionnaire,2026-01-05,10:30,")
                .contains(",PHQ-9,1.0.0,2026-01-05T15:30:00Z,2;2;2;2;2;2;2;2;1,,17,,Moderately severe depression,");
        assertThat(lines[2])
                .contains(
                        ",WHO-5,",
                        ",13,52,No indication of poor well-being from the total (check item answers of 0 or 1),");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE client_id = ? AND what = 'export-csv'")
                        .param(client.id().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void everyExportedFhirResourceIsValidR4() throws Exception {
        String json = mvc.perform(get("/api/v1/me/export.fhir.json").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/fhir+json")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var parser = fhir.newJsonParser().setParserErrorHandler(new ca.uhn.fhir.parser.StrictErrorHandler());
        Bundle bundle = parser.parseResource(Bundle.class, json);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(bundle.getEntry()).hasSize(1 + 3 * 2);
        R4Validator validator = new R4Validator(fhir);
        assertThat(validator.errors(bundle)).as("bundle").isEmpty();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            assertThat(validator.errors(entry.getResource()))
                    .as(entry.getFullUrl())
                    .isEmpty();
        }

        QuestionnaireResponse phq9 =
                (QuestionnaireResponse) bundle.getEntry().get(1).getResource();
        assertThat(phq9.getQuestionnaire()).isEqualTo("https://tandem.app/fhir/Questionnaire/phq9|1.0.0");
        assertThat(phq9.getItem().get(8).getLinkId()).isEqualTo("44260-8");
        assertThat(phq9.getItem().get(8).getAnswerFirstRep().getValueCoding().getCode())
                .isEqualTo("LA6569-3");
        Observation total = (Observation) bundle.getEntry().get(2).getResource();
        assertThat(total.getCode().getCodingFirstRep().getCode()).isEqualTo("44261-6");
        assertThat(total.getValueIntegerType().getValue()).isEqualTo(17);
        assertThat(total.getInterpretationFirstRep().getText()).isEqualTo("Moderately severe depression");
        assertThat(total.getDerivedFromFirstRep().getReference())
                .isEqualTo(bundle.getEntry().get(1).getFullUrl());
        QuestionnaireResponse who5 =
                (QuestionnaireResponse) bundle.getEntry().get(3).getResource();
        assertThat(who5.getItemFirstRep()
                        .getAnswerFirstRep()
                        .getValueIntegerType()
                        .getValue())
                .isEqualTo(3);
        Observation who5Total = (Observation) bundle.getEntry().get(4).getResource();
        assertThat(who5Total.getCode().getCodingFirstRep().getSystem())
                .isEqualTo("https://tandem.app/fhir/CodeSystem/instruments");
        assertThat(who5Total
                        .getComponentFirstRep()
                        .getValueQuantity()
                        .getValue()
                        .intValue())
                .isEqualTo(52);
    }

    @Test
    void theValidatorCatchesAnInvalidResource() {
        Observation broken = new Observation();
        broken.getCode().setText("no status, which R4 requires");
        assertThat(new R4Validator(fhir).errors(broken)).anyMatch(e -> e.contains("Observation.status"));
    }

    @Test
    void theTherapistCanExportAndOthersCannot() throws Exception {
        mvc.perform(get("/therapist/clients/" + client.id() + "/export.fhir.json")
                        .with(SignedIn.as(therapist)))
                .andExpect(status().isOk());
        CurrentUser colleague = data.aTherapist(client.practiceId());
        mvc.perform(get("/therapist/clients/" + client.id() + "/export.csv").with(SignedIn.as(colleague)))
                .andExpect(status().isForbidden());
        CurrentUser foreign = data.aTherapist(data.aPractice());
        mvc.perform(get("/therapist/clients/" + client.id() + "/export.csv").with(SignedIn.as(foreign)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me/export.csv").with(SignedIn.as(therapist))).andExpect(status().isForbidden());
    }

    @Test
    void theMyDataPageLinksBothFiles() throws Exception {
        mvc.perform(get("/client/my-data").with(SignedIn.as(client)))
                .andExpect(content().string(containsString("/client/my-data/export.fhir.json")));
    }
}
