package app.tandem.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.coping.TechniqueUses;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Technique uses in the CSV and FHIR exports: a row per use; an Observation per distress rating, valid R4. */
@TandemIntegrationTest
class TechniqueUseExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TechniqueUses uses;

    @Autowired
    FhirContext fhir;

    CurrentUser client;

    @BeforeEach
    void history() {
        client = data.aClientOf(data.aTherapist(data.aPractice()));
        uses.recordHistorical(
                client.practiceId(),
                client.id(),
                "paced-breathing",
                "resonance",
                7,
                4,
                180,
                false,
                Instant.parse("2026-01-04T14:05:00Z"));
    }

    @Test
    void theCsvHasARowPerUse() throws Exception {
        String csv = mvc.perform(get("/client/my-data/export.csv").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0])
                .endsWith(",technique,technique_version,variant,distress_before,distress_after,duration_seconds,"
                        + "finished,pinned_by_therapist,technique_answers,technique_context,habit,habit_kind,habit_outcome,"
                        + "habit_note");
        assertThat(lines).hasSize(2);
        assertThat(lines[1])
                .startsWith("technique-use,2026-01-04,09:05,")
                .endsWith(",paced-breathing,1.0,resonance,7,4,180,true,false,,,,,,");
        assertThat(lines[1].split(",", -1)).hasSameSizeAs(lines[0].split(",", -1));
    }

    @Test
    void theFhirBundleHasAValidObservationPerDistressRating() throws Exception {
        String json = mvc.perform(get("/api/v1/me/export.fhir.json").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Bundle bundle = fhir.newJsonParser()
                .setParserErrorHandler(new ca.uhn.fhir.parser.StrictErrorHandler())
                .parseResource(Bundle.class, json);
        List<Observation> ratings = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance)
                .map(Observation.class::cast)
                .toList();
        assertThat(ratings).hasSize(2);
        assertThat(ratings.get(0).getCode().getCodingFirstRep().getCode()).isEqualTo("distress-before");
        assertThat(ratings.get(0).getValueIntegerType().getValue()).isEqualTo(7);
        assertThat(ratings.get(1).getValueIntegerType().getValue()).isEqualTo(4);
        assertThat(ratings.get(1).getMethod().getCodingFirstRep().getCode()).isEqualTo("paced-breathing");
        R4Validator validator = new R4Validator(fhir);
        assertThat(validator.errors(bundle)).as("bundle").isEmpty();
        for (Observation o : ratings) {
            assertThat(validator.errors(o)).as(o.getId()).isEmpty();
        }
    }
}
