package app.tandem.export.internal;

import app.tandem.coping.TechniqueUse;
import app.tandem.identity.Person;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;

/**
 * Technique uses in the FHIR export: an Observation per distress rating (before and after, 0-10 SUDS), coded in
 * Tandem's local coping code system, with the technique as the method.
 */
final class TechniqueUseFhir {

    static final String COPING_SYSTEM = "https://tandem.app/fhir/CodeSystem/coping";
    static final String TECHNIQUE_SYSTEM = "https://tandem.app/fhir/CodeSystem/coping-techniques";

    private TechniqueUseFhir() {}

    static Bundle addTo(Bundle bundle, Person client, List<TechniqueUse> uses) {
        String patientUrl = "urn:uuid:" + client.id();
        for (TechniqueUse u : uses) {
            add(bundle, patientUrl, u, "distress-before", "Distress before the technique (0-10)", u.before());
            add(bundle, patientUrl, u, "distress-after", "Distress after the technique (0-10)", u.after());
        }
        return bundle;
    }

    private static void add(Bundle bundle, String patientUrl, TechniqueUse u, String code, String display, int value) {
        Observation o = new Observation();
        String id = UUID.nameUUIDFromBytes((u.id() + "/" + code).getBytes(StandardCharsets.UTF_8))
                .toString();
        o.setId(id);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept().addCoding(new Coding(COPING_SYSTEM, code, display)));
        o.setSubject(new Reference(patientUrl));
        o.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(u.usedAt())));
        o.setValue(new IntegerType(value));
        o.setMethod(new CodeableConcept()
                .addCoding(new Coding(TECHNIQUE_SYSTEM, u.techniqueId(), null).setVersion(u.techniqueVersion()))
                .setText(u.variant() == null ? u.techniqueId() : u.techniqueId() + " (" + u.variant() + ")"));
        bundle.addEntry().setFullUrl("urn:uuid:" + id).setResource(o);
    }
}
