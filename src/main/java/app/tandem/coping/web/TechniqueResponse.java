package app.tandem.coping.web;

import app.tandem.coping.Technique;
import java.util.List;

/** A technique as {@code GET /api/v1/techniques} lists it; {@code guide} is pacer, steps or form. */
record TechniqueResponse(
        String id,
        String version,
        String title,
        String purpose,
        List<String> helpsWith,
        int minutes,
        String guide,
        Technique.Pacer pacer,
        List<Technique.Step> steps,
        List<String> cautions,
        String about,
        List<String> sources,
        String attribution,
        boolean practiceDefined) {

    static TechniqueResponse of(Technique t) {
        return new TechniqueResponse(
                t.id(),
                t.version(),
                t.title(),
                t.purpose(),
                t.helpsWith(),
                t.minutes(),
                t.guide().key(),
                t.pacer(),
                t.steps(),
                t.cautions(),
                t.about(),
                t.sources(),
                t.attribution(),
                t.practiceDefined());
    }
}
