package app.tandem.demo;

import app.tandem.coping.TechniqueUses;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Four months of coping toolbox uses, through the coping module's public API, so the ranking shows something real:
 * slow breathing clearly helps Alex while muscle relaxation does nothing for him; for Sam it is the other way round.
 * Riley has tried two techniques once or twice ("not enough yet"). Maya pinned breathing for Alex two months ago.
 */
@Component
@Order(600)
class CopingDemoHistory implements DemoHistory {

    private static final int DAYS = 120;
    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    /** How a technique works for one client: the mean change in points and how often it is used per week. */
    private record Effect(String techniqueId, String variant, double meanChange, double perWeek, int seconds) {}

    private final TechniqueUses uses;
    private final Clock clock;

    CopingDemoHistory(TechniqueUses uses, Clock clock) {
        this.uses = uses;
        this.clock = clock;
    }

    @Override
    public void seed(DemoPeople demo) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Instant pinnedAt = today.minusDays(60).atTime(17, 0).atZone(ZONE).toInstant();
        uses.pinHistorical(
                demo.practice(),
                demo.alex(),
                demo.maya(),
                "paced-breathing",
                "Try this when the evening panic starts",
                pinnedAt);
        history(
                demo,
                demo.alex(),
                11,
                today,
                pinnedAt,
                List.of(
                        new Effect("paced-breathing", "resonance", 3.2, 2.0, 180),
                        new Effect("muscle-relaxation", null, 0.1, 0.7, 320),
                        new Effect("grounding-54321", null, 1.4, 0.8, 170)));
        history(
                demo,
                demo.sam(),
                23,
                today,
                null,
                List.of(
                        new Effect("muscle-relaxation", null, 2.8, 1.5, 330),
                        new Effect("paced-breathing", "box", 0.2, 0.8, 60),
                        new Effect("worry-postponement", null, 1.2, 0.4, 150)));
        Instant lastWeek = today.minusDays(6).atTime(21, 30).atZone(ZONE).toInstant();
        uses.recordHistorical(demo.practice(), demo.riley(), "urge-surfing", null, 8, 5, 300, false, lastWeek);
        uses.recordHistorical(
                demo.practice(), demo.riley(), "tipp", null, 9, 6, 240, false, lastWeek.plus(Duration.ofDays(3)));
    }

    private void history(
            DemoPeople demo, UserId client, long seed, LocalDate today, Instant pinnedAt, List<Effect> effects) {
        Random random = new Random(seed);
        for (int day = DAYS; day >= 1; day--) {
            LocalDate date = today.minusDays(day);
            for (Effect e : effects) {
                if (random.nextDouble() >= e.perWeek() / 7) {
                    continue;
                }
                // mostly evenings, when distress tends to build
                Instant at = date.atTime(18 + random.nextInt(4), random.nextInt(60))
                        .atZone(ZONE)
                        .toInstant();
                int before = 5 + random.nextInt(4);
                int change = (int) Math.round(e.meanChange() + random.nextGaussian() * 1.1);
                int after = Math.max(0, Math.min(10, before - change));
                int seconds = (int) Math.max(30, e.seconds() + random.nextGaussian() * 30);
                boolean assigned =
                        pinnedAt != null && e.techniqueId().equals("paced-breathing") && at.isAfter(pinnedAt);
                uses.recordHistorical(
                        demo.practice(), client, e.techniqueId(), e.variant(), before, after, seconds, assigned, at);
            }
        }
    }
}
