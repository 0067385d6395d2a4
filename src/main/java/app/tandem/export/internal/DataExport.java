package app.tandem.export.internal;

import app.tandem.coping.TechniqueUse;
import app.tandem.coping.TechniqueUses;
import app.tandem.habit.HabitRecords;
import app.tandem.identity.Person;
import app.tandem.measure.Instrument;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.Measures;
import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a client's export files. Callers have checked access (CareAccess) and write the audit entry. */
@Service
public class DataExport {

    static final List<String> HEADER = List.of(
            "record_type",
            "date",
            "time",
            "mood",
            "anxiety",
            "sleep_hours",
            "sleep_quality",
            "energy",
            "emotions",
            "tags",
            "note",
            "instrument",
            "instrument_version",
            "completed_at",
            "item_answers",
            "other_answers",
            "total",
            "percentage",
            "band",
            "count",
            "screen_positive",
            "response_id",
            "supersedes",
            "status",
            // technique uses (coping toolbox), appended so existing columns keep their places
            "technique",
            "technique_version",
            "variant",
            "distress_before",
            "distress_after",
            "duration_seconds",
            "finished",
            "pinned_by_therapist",
            "technique_answers",
            "technique_context",
            // habits and homework, appended likewise
            "habit",
            "habit_kind",
            "habit_outcome",
            "habit_note");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Measures measures;
    private final CheckInSource checkIns;
    private final TechniqueUses techniqueUses;
    private final HabitRecords habits;
    private final ObjectProvider<FhirContext> fhir;
    private final Clock clock;

    DataExport(
            Measures measures,
            CheckInSource checkIns,
            TechniqueUses techniqueUses,
            HabitRecords habits,
            ObjectProvider<FhirContext> fhir,
            Clock clock) {
        this.measures = measures;
        this.checkIns = checkIns;
        this.techniqueUses = techniqueUses;
        this.habits = habits;
        this.fhir = fhir;
        this.clock = clock;
    }

    /** CSV (UTF-8 text): one header row, then check-ins, then questionnaire responses, oldest first. */
    @Transactional(readOnly = true)
    public String csv(Person client) {
        ZoneId zone = client.zone();
        Csv csv = new Csv().row(HEADER);
        for (CheckInLine c : checkIns.lines(client.id(), zone)) {
            row(
                    csv,
                    Arrays.asList(
                            "check-in",
                            c.date(),
                            c.time(),
                            c.mood(),
                            c.anxiety(),
                            c.sleepHours(),
                            c.sleepQuality(),
                            c.energy(),
                            String.join(";", c.emotions()),
                            String.join(";", c.tags()),
                            c.note()));
        }
        for (FhirExport.Answered a : answered(client)) {
            MeasureResponse r = a.response();
            ZonedDateTime at = r.completedAt().atZone(zone);
            String items =
                    r.answers().stream().map(v -> v == null ? "" : v.toString()).collect(Collectors.joining(";"));
            String others = r.unscoredAnswers().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(";"));
            String band = a.instrument().bands().stream()
                    .filter(b -> b.code().equals(r.bandCode()))
                    .map(b -> b.clinicalLabel())
                    .findFirst()
                    .orElse(null);
            row(
                    csv,
                    Arrays.asList(
                            "questionnaire",
                            at.toLocalDate(),
                            at.toLocalTime().format(TIME),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            a.instrument().shortName(),
                            r.instrumentVersion(),
                            r.completedAt().toString(),
                            items,
                            others,
                            r.total(),
                            r.percentage(),
                            band,
                            r.count(),
                            r.screenPositive(),
                            r.id(),
                            r.supersedesId(),
                            r.supersededById() != null
                                    ? "corrected later"
                                    : r.supersedesId() != null ? "correction" : "current"));
        }
        for (TechniqueUse u : techniqueUses.ofClient(client.id())) {
            ZonedDateTime at = u.usedAt().atZone(zone);
            List<Object> cells = new ArrayList<>(Collections.nCopies(HEADER.size(), null));
            cells.set(0, "technique-use");
            cells.set(1, at.toLocalDate());
            cells.set(2, at.toLocalTime().format(TIME));
            cells.set(HEADER.indexOf("response_id"), u.id());
            cells.set(HEADER.indexOf("technique"), u.techniqueId());
            cells.set(HEADER.indexOf("technique_version"), u.techniqueVersion());
            cells.set(HEADER.indexOf("variant"), u.variant());
            cells.set(HEADER.indexOf("distress_before"), u.before());
            cells.set(HEADER.indexOf("distress_after"), u.after());
            cells.set(HEADER.indexOf("duration_seconds"), u.durationSeconds());
            cells.set(HEADER.indexOf("finished"), u.completed());
            cells.set(HEADER.indexOf("pinned_by_therapist"), u.assigned());
            cells.set(
                    HEADER.indexOf("technique_answers"),
                    u.answers().isEmpty()
                            ? null
                            : u.answers().entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .collect(Collectors.joining(";")));
            cells.set(
                    HEADER.indexOf("technique_context"),
                    u.context() == null ? null : u.context().code());
            csv.row(cells);
        }
        for (HabitRecords.Day d : habits.ofClient(client.id())) {
            List<Object> cells = new ArrayList<>(Collections.nCopies(HEADER.size(), null));
            cells.set(0, "habit-day");
            cells.set(1, d.day());
            cells.set(2, d.recordedAt().atZone(zone).toLocalTime().format(TIME));
            cells.set(HEADER.indexOf("habit"), d.title());
            cells.set(HEADER.indexOf("habit_kind"), d.homework() ? "homework" : "habit");
            cells.set(HEADER.indexOf("habit_outcome"), d.outcome().toLowerCase(java.util.Locale.ROOT));
            cells.set(HEADER.indexOf("habit_note"), d.note());
            csv.row(cells);
        }
        return csv.toString();
    }

    /** A row padded to the header's width, so rows written before a column was appended stay aligned. */
    private static void row(Csv csv, List<Object> cells) {
        List<Object> padded = new ArrayList<>(cells);
        while (padded.size() < HEADER.size()) {
            padded.add(null);
        }
        csv.row(padded);
    }

    /** FHIR R4 JSON: a collection Bundle. */
    @Transactional(readOnly = true)
    public String fhirJson(Person client) {
        return fhir.getObject()
                .newJsonParser()
                .setPrettyPrint(true)
                .encodeResourceToString(TechniqueUseFhir.addTo(
                        FhirExport.bundle(client, answered(client), Date.from(clock.instant())),
                        client,
                        techniqueUses.ofClient(client.id())));
    }

    private List<FhirExport.Answered> answered(Person client) {
        List<FhirExport.Answered> list = new ArrayList<>();
        for (MeasureResponse r : measures.completedResponses(client.id())) {
            // Definitions are versioned; a response is exported against the version it answered when known.
            Instrument instrument = measures.catalog().find(r.instrumentCode()).orElse(null);
            if (instrument != null) {
                list.add(new FhirExport.Answered(r, instrument));
            }
        }
        return list;
    }
}
