package app.tandem.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The FHIR instance validator (hapi-fhir-validation) with the R4 core definitions, offline: structure,
 * cardinality, bindings, FHIRPath invariants. Terminology beyond FHIR's own code systems (LOINC, Tandem's local
 * code system) cannot be checked offline; the validator reports those as warnings, which are not errors here.
 */
final class R4Validator {

    private final FhirValidator validator;

    R4Validator(FhirContext ctx) {
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx));
        FhirInstanceValidator instance = new FhirInstanceValidator(support);
        instance.setAnyExtensionsAllowed(false);
        this.validator = ctx.newValidator().registerValidatorModule(instance);
    }

    /** Every error found in the resource; empty when it is valid. */
    List<String> errors(IBaseResource resource) {
        ValidationResult result = validator.validateWithResult(resource);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(R4Validator::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getLocationString() + " " + m.getMessage();
    }
}
