package app.tandem.export.web;

import app.tandem.audit.AuditTrail;
import app.tandem.export.internal.DataExport;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Downloads of a client's data: for the client (API with a token, or the "My data" page with a session) and for
 * their therapist. Every download passes CareAccess and is audited as a read. The API downloads carry
 * {@code @ResponseBody}: springdoc documents a plain {@code @Controller}'s methods only with it (or {@code @Operation}).
 */
@Controller
class ExportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType FHIR_JSON = new MediaType("application", "fhir+json", StandardCharsets.UTF_8);

    private final CareAccess care;
    private final AuditTrail audit;
    private final DataExport export;
    private final Clock clock;

    ExportController(CareAccess care, AuditTrail audit, DataExport export, Clock clock) {
        this.care = care;
        this.audit = audit;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/client/my-data")
    String myData() {
        return "export/my-data";
    }

    @GetMapping({"/api/v1/me/export.csv", "/client/my-data/export.csv"})
    @ResponseBody
    @Operation(
            summary = "Download my data as CSV",
            description = "The signed-in client's data as CSV: one header row, then a row per check-in,"
                    + " questionnaire response, coping-technique use and habit day (first column: the kind),"
                    + " sent as an attachment (Cache-Control: no-store). Clients only; audited as a read.")
    @ApiResponse(
            responseCode = "200",
            description = "The CSV file (UTF-8)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> ownCsv(@AuthenticationPrincipal CurrentUser user) {
        return csv(user, user.id());
    }

    @GetMapping({"/api/v1/me/export.fhir.json", "/client/my-data/export.fhir.json"})
    @ResponseBody
    @Operation(
            summary = "Download my data as a FHIR R4 bundle",
            description = "The signed-in client's data as a FHIR R4 collection Bundle: a Patient, a"
                    + " QuestionnaireResponse and score Observation per complete questionnaire, and their other"
                    + " records, sent as an attachment (Cache-Control: no-store). Clients only; audited as a read.")
    @ApiResponse(
            responseCode = "200",
            description = "The FHIR R4 Bundle (application/fhir+json, UTF-8)",
            content =
                    @Content(mediaType = "application/fhir+json", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> ownFhir(@AuthenticationPrincipal CurrentUser user) {
        return fhir(user, user.id());
    }

    @GetMapping("/therapist/clients/{clientId}/export.csv")
    ResponseEntity<byte[]> clientCsv(@AuthenticationPrincipal CurrentUser therapist, @PathVariable UUID clientId) {
        return csv(therapist, new UserId(clientId));
    }

    @GetMapping("/therapist/clients/{clientId}/export.fhir.json")
    ResponseEntity<byte[]> clientFhir(@AuthenticationPrincipal CurrentUser therapist, @PathVariable UUID clientId) {
        return fhir(therapist, new UserId(clientId));
    }

    private ResponseEntity<byte[]> csv(CurrentUser actor, UserId clientId) {
        Person client = care.requireClinicalAccess(actor, clientId);
        audit.read(client.practiceId(), client.id(), "export-csv");
        return download(
                export.csv(client), CSV, "tandem-export-" + LocalDate.now(clock.withZone(client.zone())) + ".csv");
    }

    private ResponseEntity<byte[]> fhir(CurrentUser actor, UserId clientId) {
        Person client = care.requireClinicalAccess(actor, clientId);
        audit.read(client.practiceId(), client.id(), "export-fhir");
        return download(
                export.fhirJson(client),
                FHIR_JSON,
                "tandem-export-" + LocalDate.now(clock.withZone(client.zone())) + ".fhir.json");
    }

    private static ResponseEntity<byte[]> download(String body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
