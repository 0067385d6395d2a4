package app.tandem.demo;

import app.tandem.safety.SafetyPlanSection;
import app.tandem.safety.SafetyPlans;
import app.tandem.shared.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Alex's safety plan, written together with Maya in a session five weeks ago (Alex typed it, Maya
 * added the professionals and a line on the surroundings).
 */
@Component
@Order(300)
class SafetyPlanDemoHistory implements DemoHistory {

    private final SafetyPlans plans;
    private final Clock clock;

    SafetyPlanDemoHistory(SafetyPlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void seed(DemoPeople people) {
        Instant session = daysAgoAt(35, LocalTime.of(16, 20));
        Map<SafetyPlanSection, List<String>> byAlex = Map.of(
                SafetyPlanSection.WARNING_SIGNS,
                        List.of(
                                "Not answering texts for a whole day",
                                "Lying awake going over every mistake",
                                "Telling myself nobody would notice if I stopped trying"),
                SafetyPlanSection.COPING_ALONE,
                        List.of(
                                "Box breathing for five minutes",
                                "Hot shower, then tea",
                                "Walk the long way round the park with my playlist"),
                SafetyPlanSection.DISTRACTIONS,
                        List.of(
                                "The climbing gym on Washington Street",
                                "Call Nico and watch a match together",
                                "The library reading room"),
                SafetyPlanSection.PEOPLE_TO_ASK,
                        List.of("My brother Dan 201-555-0171", "Priya (flatmate) 201-555-0126"),
                SafetyPlanSection.WORTH_LIVING_FOR,
                        List.of("Dan's kids, and being the uncle who shows up", "Finishing the bike I am rebuilding"));
        plans.recordHistorical(people.practice(), people.alex(), people.alex(), Role.CLIENT, byAlex, session);

        Map<SafetyPlanSection, List<String>> withMaya = new java.util.EnumMap<>(byAlex);
        withMaya.put(
                SafetyPlanSection.PROFESSIONALS,
                List.of(
                        "Maya Patel, Harbor Lane Counseling 201-555-0148",
                        "Hoboken University Medical Center emergency department"));
        withMaya.put(
                SafetyPlanSection.SAFER_SURROUNDINGS,
                List.of("Dan keeps the spare prescription at his place", "Only a week's supply at home"));
        plans.recordHistorical(
                people.practice(),
                people.alex(),
                people.maya(),
                Role.THERAPIST,
                withMaya,
                session.plus(Duration.ofMinutes(25)));
    }

    private Instant daysAgoAt(int days, LocalTime time) {
        ZoneId zone = ZoneId.of(DemoPractice.ZONE);
        return clock.instant()
                .atZone(zone)
                .truncatedTo(ChronoUnit.DAYS)
                .minusDays(days)
                .with(time)
                .toInstant();
    }
}
