package app.tandem.coping.web;

import java.util.List;

/**
 * {@code GET /api/v1/me/technique-stats}: the client's techniques, best first; {@code lower}/{@code upper} (the 95 %
 * interval of the mean change) and a place in the ranking only from 3 uses on.
 */
record TechniqueStatsResponse(List<Item> techniques) {

    record Item(
            int rank,
            String techniqueId,
            String title,
            int uses,
            boolean enough,
            double meanChange,
            Double lower,
            Double upper,
            double rankedAt,
            double practiceMean,
            int assignedUses,
            List<String> why) {}

    static TechniqueStatsResponse of(List<Reasons.Explained> ranking) {
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            var r = ranking.get(i).item();
            var e = r.effect();
            items.add(new Item(
                    i + 1,
                    r.technique().id(),
                    r.technique().title(),
                    e.uses(),
                    e.enough(),
                    e.meanChange(),
                    e.lower(),
                    e.upper(),
                    e.shrunk(),
                    e.priorMean(),
                    r.assignedUses(),
                    ranking.get(i).reasons()));
        }
        return new TechniqueStatsResponse(items);
    }
}
