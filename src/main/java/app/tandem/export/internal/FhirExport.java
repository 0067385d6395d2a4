package app.tandem.export.internal;

import app.tandem.identity.Person;
import app.tandem.measure.AnswerOption;
import app.tandem.measure.Band;
import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentItem;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.UnscoredItem;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;

/**
 * Builds a FHIR R4 collection Bundle: the client as a Patient (id and name only), a QuestionnaireResponse per
 * complete response and an Observation per total score derived from it. LOINC where the definition has verified
 * codes, Tandem's local code system otherwise. Corrected originals are exported as entered-in-error, corrections
 * as amended.
 */
final class FhirExport {

    static final String QUESTIONNAIRE_BASE = "https://tandem.app/fhir/Questionnaire/";
    static final String BAND_SYSTEM = "https://tandem.app/fhir/CodeSystem/bands";
    static final String CLIENT_ID_SYSTEM = "https://tandem.app/fhir/NamingSystem/client-id";
    private static final String LOINC = app.tandem.measure.Coding.LOINC;
    private static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    private FhirExport() {}

    /** A response together with the definition of the instrument version it answered. */
    record Answered(MeasureResponse response, Instrument instrument) {}

    static Bundle bundle(Person client, List<Answered> responses, Date now) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(now);
        String patientUrl = "urn:uuid:" + client.id();
        Patient patient = new Patient();
        patient.setId(client.id().toString());
        patient.addIdentifier(new Identifier()
                .setSystem(CLIENT_ID_SYSTEM)
                .setValue(client.id().toString()));
        patient.addName().setText(client.displayName());
        bundle.addEntry().setFullUrl(patientUrl).setResource(patient);
        for (Answered a : responses) {
            String responseUrl = "urn:uuid:" + a.response().id();
            bundle.addEntry().setFullUrl(responseUrl).setResource(questionnaireResponse(a, patientUrl));
            bundle.addEntry()
                    .setFullUrl("urn:uuid:" + observationId(a.response()))
                    .setResource(observation(a, patientUrl, responseUrl));
        }
        return bundle;
    }

    static String questionnaireUrl(Instrument instrument) {
        return QUESTIONNAIRE_BASE + instrument.code() + "|" + instrument.version();
    }

    private static QuestionnaireResponse questionnaireResponse(Answered a, String patientUrl) {
        MeasureResponse r = a.response();
        Instrument i = a.instrument();
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setId(r.id().toString());
        qr.setQuestionnaire(questionnaireUrl(i));
        qr.setStatus(
                r.supersededById() != null
                        ? QuestionnaireResponse.QuestionnaireResponseStatus.ENTEREDINERROR
                        : r.supersedesId() != null
                                ? QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED
                                : QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        qr.setSubject(new Reference(patientUrl));
        qr.setAuthored(Date.from(r.completedAt()));
        qr.setAuthor(new Reference(patientUrl));
        boolean loinc = LOINC.equals(i.coding().system());
        boolean loincAnswers = LOINC.equals(i.coding().answerSystem());
        for (InstrumentItem item : i.items()) {
            Integer score = r.answers().get(item.number() - 1);
            QuestionnaireResponseItemComponent qi =
                    qr.addItem().setLinkId(item.code()).setText(item.text());
            if (loinc) {
                qi.setDefinition("http://loinc.org/q/" + item.code());
            }
            if (score != null) {
                qi.addAnswer(answer(
                        item.option(score), score, loincAnswers, i.coding().answerSystem()));
            }
        }
        for (UnscoredItem item : i.unscoredItems()) {
            Integer score = r.unscoredAnswers().get(item.linkId());
            if (score != null) {
                QuestionnaireResponseItemComponent qi = qr.addItem()
                        .setLinkId(item.code() != null ? item.code() : item.linkId())
                        .setText(item.text());
                if (loinc && item.code() != null) {
                    qi.setDefinition("http://loinc.org/q/" + item.code());
                }
                qi.addAnswer(answer(
                        item.option(score), score, loincAnswers, i.coding().answerSystem()));
            }
        }
        return qr;
    }

    private static QuestionnaireResponseItemAnswerComponent answer(
            Optional<AnswerOption> option, int score, boolean loincAnswers, String system) {
        QuestionnaireResponseItemAnswerComponent answer = new QuestionnaireResponseItemAnswerComponent();
        if (loincAnswers && option.isPresent() && option.get().code() != null) {
            answer.setValue(new Coding(system, option.get().code(), option.get().label()));
        } else {
            answer.setValue(new IntegerType(score));
        }
        return answer;
    }

    private static Observation observation(Answered a, String patientUrl, String responseUrl) {
        MeasureResponse r = a.response();
        Instrument i = a.instrument();
        Observation o = new Observation();
        o.setId(observationId(r));
        o.setStatus(
                r.supersededById() != null
                        ? Observation.ObservationStatus.ENTEREDINERROR
                        : r.supersedesId() != null
                                ? Observation.ObservationStatus.AMENDED
                                : Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept()
                .addCoding(
                        new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
        o.setCode(new CodeableConcept()
                .addCoding(new Coding(
                        i.coding().system(),
                        i.coding().totalScore(),
                        i.shortName() + (r.count() != null ? " count" : " total score")))
                .setText(i.shortName()));
        if (i.coding().loincTotal() != null) {
            o.getCode().addCoding(new Coding(LOINC, i.coding().loincTotal(), i.shortName() + " total score"));
        }
        o.setSubject(new Reference(patientUrl));
        o.setEffective(new DateTimeType(Date.from(r.completedAt())));
        o.setValue(new IntegerType(r.total() != null ? r.total() : r.count()));
        if (r.percentage() != null && i.coding().scaledScore() != null) {
            o.addComponent()
                    .setCode(new CodeableConcept()
                            .addCoding(new Coding(
                                    i.coding().system(), i.coding().scaledScore(), i.shortName() + " percentage")))
                    .setValue(new Quantity()
                            .setValue(r.percentage())
                            .setUnit("%")
                            .setSystem("http://unitsofmeasure.org")
                            .setCode("%"));
        }
        Optional<Band> band =
                i.bands().stream().filter(b -> b.code().equals(r.bandCode())).findFirst();
        band.ifPresent(b -> o.addInterpretation(new CodeableConcept()
                .addCoding(new Coding(BAND_SYSTEM, i.code() + "-" + b.code(), b.clinicalLabel()))
                .setText(b.clinicalLabel())));
        if (band.isEmpty() && r.screenPositive() != null) {
            o.addInterpretation(new CodeableConcept()
                    .addCoding(
                            r.screenPositive()
                                    ? new Coding(INTERPRETATION, "POS", "Positive")
                                    : new Coding(INTERPRETATION, "NEG", "Negative"))
                    .setText(r.screenPositive() ? "Screen positive: further assessment warranted" : "Screen negative"));
        }
        o.addDerivedFrom(new Reference(responseUrl));
        return o;
    }

    /** A stable id for the total-score Observation of a response (name-based UUID). */
    static String observationId(MeasureResponse r) {
        return java.util
                .UUID
                .nameUUIDFromBytes(("observation:" + r.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }
}
