package app.tandem.coping.definition;

import app.tandem.coping.definition.TechniqueJson.FieldJson;
import app.tandem.coping.definition.TechniqueJson.PatternJson;
import app.tandem.coping.definition.TechniqueJson.PhaseJson;
import app.tandem.coping.definition.TechniqueJson.StepJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks one parsed technique definition and returns every problem found, each naming the field at fault. */
final class TechniqueValidator {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Set<String> HELPS_WITH = Set.of("arousal", "mood", "urges", "rumination");
    static final Set<String> GUIDES = Set.of("pacer", "steps", "form");
    static final Set<String> PHASES = Set.of("in", "top-up", "hold", "out");
    static final Set<String> FIELD_KINDS = Set.of("text", "scale");
    static final int MAX_STEP_SECONDS = 1800;
    static final double MAX_PHASE_SECONDS = 20;
    static final int MAX_MINUTES = 60;

    List<String> validate(TechniqueJson d) {
        List<String> p = new ArrayList<>();
        text(d.id(), "id", p);
        text(d.version(), "version", p);
        text(d.title(), "title", p);
        text(d.purpose(), "purpose", p);
        text(d.guide(), "guide", p);
        text(d.about(), "about", p);
        text(d.attribution(), "attribution", p);
        present(d.order(), "order", p);
        present(d.minutes(), "minutes", p);
        present(d.cautions(), "cautions", p);
        nonEmpty(d.helpsWith(), "helpsWith", p);
        nonEmpty(d.steps(), "steps", p);
        nonEmpty(d.sources(), "sources", p);
        if (!p.isEmpty()) {
            return p; // the checks below assume the required fields
        }
        if (!ID.matcher(d.id()).matches()) {
            p.add("id '" + d.id() + "' must be lower-case words joined by hyphens");
        }
        if (d.minutes() < 1 || d.minutes() > MAX_MINUTES) {
            p.add("minutes must be between 1 and " + MAX_MINUTES);
        }
        for (String h : d.helpsWith()) {
            if (!HELPS_WITH.contains(h)) {
                p.add("helpsWith '" + h + "' must be one of " + new java.util.TreeSet<>(HELPS_WITH));
            }
        }
        for (int i = 0; i < d.sources().size(); i++) {
            text(d.sources().get(i), "sources[" + i + "]", p);
        }
        checkSteps(d, p);
        checkGuide(d, p);
        return p;
    }

    private void checkSteps(TechniqueJson d, List<String> p) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < d.steps().size(); i++) {
            StepJson step = d.steps().get(i);
            String at = "steps[" + i + "]";
            if (step == null) {
                p.add(at + " is required");
                continue;
            }
            text(step.text(), at + ".text", p);
            if (present(step.seconds(), at + ".seconds", p)
                    && (step.seconds() < 0 || step.seconds() > MAX_STEP_SECONDS)) {
                p.add(at + ".seconds must be between 0 and " + MAX_STEP_SECONDS);
            }
            if (step.field() != null) {
                checkField(step.field(), at + ".field", keys, p);
            }
        }
    }

    private void checkField(FieldJson f, String at, Set<String> keys, List<String> p) {
        if (text(f.key(), at + ".key", p)) {
            if (!ID.matcher(f.key()).matches()) {
                p.add(at + ".key '" + f.key() + "' must be lower-case words joined by hyphens");
            } else if (!keys.add(f.key())) {
                p.add(at + ".key '" + f.key() + "' is used by another step");
            }
        }
        text(f.label(), at + ".label", p);
        if (!text(f.kind(), at + ".kind", p)) {
            return;
        }
        if (!FIELD_KINDS.contains(f.kind())) {
            p.add(at + ".kind '" + f.kind() + "' must be text or scale");
        } else if (f.kind().equals("scale")) {
            if (f.min() == null || f.max() == null) {
                p.add(at + " is a scale and needs min and max");
            } else if (f.min() >= f.max()) {
                p.add(at + ".min must be below max");
            }
        } else if (f.min() != null || f.max() != null) {
            p.add(at + " is text and takes no min or max");
        }
    }

    private void checkGuide(TechniqueJson d, List<String> p) {
        if (!GUIDES.contains(d.guide())) {
            p.add("guide '" + d.guide() + "' must be one of pacer, steps, form");
            return;
        }
        boolean pacer = d.guide().equals("pacer");
        if (!pacer && d.pacer() != null) {
            p.add("pacer is only allowed with guide 'pacer'");
        }
        if (d.guide().equals("form") && d.steps().stream().noneMatch(s -> s != null && s.field() != null)) {
            p.add("guide 'form' needs at least one step with a field");
        }
        if (!pacer) {
            return;
        }
        if (d.pacer() == null) {
            p.add("pacer is required with guide 'pacer'");
            return;
        }
        if (nonEmpty(d.pacer().lengths(), "pacer.lengths", p)) {
            for (Integer minutes : d.pacer().lengths()) {
                if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
                    p.add("pacer.lengths must be minutes between 1 and " + MAX_MINUTES);
                }
            }
        }
        if (nonEmpty(d.pacer().patterns(), "pacer.patterns", p)) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < d.pacer().patterns().size(); i++) {
                checkPattern(d.pacer().patterns().get(i), "pacer.patterns[" + i + "]", ids, p);
            }
        }
    }

    private void checkPattern(PatternJson pattern, String at, Set<String> ids, List<String> p) {
        if (text(pattern.id(), at + ".id", p) && !ids.add(pattern.id())) {
            p.add(at + ".id '" + pattern.id() + "' is used by another pattern");
        }
        text(pattern.label(), at + ".label", p);
        if (!nonEmpty(pattern.phases(), at + ".phases", p)) {
            return;
        }
        boolean breathesOut = false;
        for (int i = 0; i < pattern.phases().size(); i++) {
            PhaseJson phase = pattern.phases().get(i);
            String where = at + ".phases[" + i + "]";
            if (text(phase.phase(), where + ".phase", p) && !PHASES.contains(phase.phase())) {
                p.add(where + ".phase '" + phase.phase() + "' must be one of in, top-up, hold, out");
            }
            breathesOut |= "out".equals(phase.phase());
            if (present(phase.seconds(), where + ".seconds", p)
                    && (phase.seconds() <= 0 || phase.seconds() > MAX_PHASE_SECONDS)) {
                p.add(where + ".seconds must be above 0 and at most " + (int) MAX_PHASE_SECONDS);
            }
        }
        if (!breathesOut) {
            p.add(at + ".phases must include a breath out");
        }
    }

    private static boolean text(String value, String name, List<String> p) {
        if (value == null || value.isBlank()) {
            p.add(name + " is required");
            return false;
        }
        return true;
    }

    private static boolean present(Object value, String name, List<String> p) {
        if (value == null) {
            p.add(name + " is required");
            return false;
        }
        return true;
    }

    private static boolean nonEmpty(List<?> value, String name, List<String> p) {
        if (value == null || value.isEmpty()) {
            p.add(name + " must list at least one");
            return false;
        }
        return true;
    }
}
