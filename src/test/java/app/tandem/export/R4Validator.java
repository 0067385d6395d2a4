package app.tandem.export;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations.BindingStrength;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Validates R4 resources against the official R4 definitions available offline: the FHIR XML schema (HAPI's
 * FhirValidator with schema validation) and, from the R4 StructureDefinition snapshots, every element's
 * cardinality and every required binding of a code. The full instance validator (hapi-fhir-validation) is not
 * served by the package registry this project can reach; FHIRPath invariants are therefore not checked here.
 */
final class R4Validator {

    private final FhirContext ctx;
    private final DefaultProfileValidationSupport definitions;
    private final FhirValidator schema;

    R4Validator(FhirContext ctx) {
        this.ctx = ctx;
        this.definitions = new DefaultProfileValidationSupport(ctx);
        this.schema = ctx.newValidator();
        schema.setValidateAgainstStandardSchema(true);
        schema.setValidateAgainstStandardSchematron(false);
    }

    /** Every error found in the resource; empty when it is valid. */
    List<String> errors(IBaseResource resource) {
        List<String> errors = new ArrayList<>();
        ValidationResult result = schema.validateWithResult(resource);
        for (SingleValidationMessage m : result.getMessages()) {
            if (m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add("schema: " + m.getLocationString() + " " + m.getMessage());
            }
        }
        String type = ctx.getResourceType(resource);
        StructureDefinition sd = (StructureDefinition)
                definitions.fetchStructureDefinition("http://hl7.org/fhir/StructureDefinition/" + type);
        if (sd == null) {
            errors.add("no StructureDefinition for " + type);
            return errors;
        }
        for (ElementDefinition element : sd.getSnapshot().getElement()) {
            String[] path = element.getPath().split("\\.");
            if (path.length < 2 || element.hasContentReference()) {
                continue;
            }
            for (IBase parent : instances(resource, path, 1, path.length - 1)) {
                List<IBase> values = children(parent, path[path.length - 1]);
                if (values.size() < element.getMin()) {
                    errors.add(element.getPath() + ": min " + element.getMin() + " but " + values.size());
                }
                if (!"*".equals(element.getMax()) && values.size() > Integer.parseInt(element.getMax())) {
                    errors.add(element.getPath() + ": max " + element.getMax() + " but " + values.size());
                }
                if (element.hasBinding()
                        && element.getBinding().getStrength() == BindingStrength.REQUIRED
                        && element.getType().size() == 1
                        && "code".equals(element.getTypeFirstRep().getCode())) {
                    Set<String> allowed = codes(element.getBinding().getValueSet());
                    for (IBase value : values) {
                        String code = ((IPrimitiveType<?>) value).getValueAsString();
                        if (!allowed.isEmpty() && !allowed.contains(code)) {
                            errors.add(element.getPath() + ": '" + code + "' is not in "
                                    + element.getBinding().getValueSet());
                        }
                    }
                }
            }
        }
        return errors;
    }

    private List<IBase> instances(IBase root, String[] path, int from, int to) {
        List<IBase> current = List.of(root);
        for (int i = from; i < to; i++) {
            List<IBase> next = new ArrayList<>();
            for (IBase base : current) {
                next.addAll(children(base, path[i]));
            }
            current = next;
        }
        return current;
    }

    private List<IBase> children(IBase parent, String name) {
        BaseRuntimeElementDefinition<?> def = ctx.getElementDefinition(parent.getClass());
        if (!(def instanceof BaseRuntimeElementCompositeDefinition<?> composite)) {
            return List.of();
        }
        BaseRuntimeChildDefinition child = composite.getChildByName(name);
        if (child == null) {
            return List.of();
        }
        return new ArrayList<>(child.getAccessor().getValues(parent));
    }

    private Set<String> codes(String valueSetUrl) {
        Set<String> codes = new HashSet<>();
        String url = valueSetUrl.contains("|") ? valueSetUrl.substring(0, valueSetUrl.indexOf('|')) : valueSetUrl;
        ValueSet vs = (ValueSet) definitions.fetchValueSet(url);
        if (vs == null) {
            return codes;
        }
        for (ValueSet.ConceptSetComponent include : vs.getCompose().getInclude()) {
            if (include.hasConcept()) {
                include.getConcept().forEach(c -> codes.add(c.getCode()));
            } else if (include.hasSystem()) {
                CodeSystem cs = (CodeSystem) definitions.fetchCodeSystem(include.getSystem());
                if (cs != null) {
                    addAll(cs.getConcept(), codes);
                }
            }
        }
        return codes;
    }

    private static void addAll(List<CodeSystem.ConceptDefinitionComponent> concepts, Set<String> codes) {
        for (CodeSystem.ConceptDefinitionComponent c : concepts) {
            codes.add(c.getCode());
            addAll(c.getConcept(), codes);
        }
    }
}
