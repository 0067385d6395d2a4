package app.tandem.coping.definition;

import app.tandem.coping.GuideKind;
import app.tandem.coping.Technique;
import app.tandem.coping.TechniqueDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads, validates and maps technique definition files, failing fast with the file name and every problem. */
public final class TechniqueLoader {

    /** Where the shipped definitions live on the classpath. */
    public static final String DEFAULT_LOCATION = "classpath*:coping/*.json";

    private final JsonMapper mapper = JsonMapper.builder()
            // A misspelt field must not be silently ignored in a clinical definition.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final TechniqueValidator validator = new TechniqueValidator();

    /** Loads every definition matching a Spring resource pattern such as {@link #DEFAULT_LOCATION}, in order. */
    public List<Technique> loadAll(String locationPattern) {
        Resource[] resources;
        try {
            resources =
                    new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(locationPattern);
        } catch (IOException e) {
            throw TechniqueDefinitionException.unreadable(locationPattern, e);
        }
        if (resources.length == 0) {
            throw TechniqueDefinitionException.noDefinitions(locationPattern);
        }
        Map<String, String> sources = new HashMap<>();
        for (Resource resource : resources) {
            String name = "coping/" + resource.getFilename();
            try (InputStream in = resource.getInputStream()) {
                sources.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw TechniqueDefinitionException.unreadable(name, e);
            }
        }
        return loadAll(sources);
    }

    /** Loads definitions given as source name (ending in {@code <id>.json}) to JSON text, sorted by their order. */
    public List<Technique> loadAll(Map<String, String> sources) {
        record Loaded(int order, Technique technique) {}
        List<Loaded> loaded = new ArrayList<>();
        Map<String, String> sourceById = new HashMap<>();
        sources.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            TechniqueJson json = parse(e.getKey(), e.getValue());
            String earlier = sourceById.putIfAbsent(json.id(), e.getKey());
            if (earlier != null) {
                throw TechniqueDefinitionException.invalid(
                        e.getKey(), List.of("id '" + json.id() + "' is already defined by " + earlier));
            }
            loaded.add(new Loaded(json.order(), toTechnique(json)));
        });
        return loaded.stream()
                .sorted(Comparator.comparingInt(Loaded::order))
                .map(Loaded::technique)
                .toList();
    }

    /** Parses, validates and maps one definition. */
    public Technique load(String sourceName, String json) {
        return toTechnique(parse(sourceName, json));
    }

    private TechniqueJson parse(String sourceName, String json) {
        TechniqueJson definition;
        try {
            definition = mapper.readValue(json, TechniqueJson.class);
        } catch (JacksonException e) {
            throw TechniqueDefinitionException.unreadable(sourceName, e);
        }
        if (definition == null) {
            throw TechniqueDefinitionException.invalid(sourceName, List.of("file is empty"));
        }
        List<String> problems = new ArrayList<>(validator.validate(definition));
        String expectedFile = definition.id() + ".json";
        if (definition.id() != null && !sourceName.endsWith("/" + expectedFile) && !sourceName.equals(expectedFile)) {
            problems.add("file name must be " + expectedFile + " to match id '" + definition.id() + "'");
        }
        if (!problems.isEmpty()) {
            throw TechniqueDefinitionException.invalid(sourceName, problems);
        }
        return definition;
    }

    private static Technique toTechnique(TechniqueJson d) {
        Technique.Pacer pacer = d.pacer() == null
                ? null
                : new Technique.Pacer(
                        d.pacer().lengths(),
                        d.pacer().patterns().stream()
                                .map(p -> new Technique.Pattern(
                                        p.id(),
                                        p.label(),
                                        p.phases().stream()
                                                .map(ph -> new Technique.Phase(ph.phase(), ph.seconds()))
                                                .toList()))
                                .toList());
        List<Technique.Step> steps = d.steps().stream()
                .map(s -> new Technique.Step(
                        s.text(),
                        s.seconds(),
                        s.field() == null
                                ? null
                                : new Technique.Field(
                                        s.field().key(),
                                        Technique.FieldKind.valueOf(
                                                s.field().kind().toUpperCase(java.util.Locale.ROOT)),
                                        s.field().label(),
                                        s.field().min(),
                                        s.field().max())))
                .toList();
        return new Technique(
                d.id(),
                d.version(),
                d.title(),
                d.purpose(),
                d.helpsWith(),
                d.minutes(),
                GuideKind.ofKey(d.guide()),
                pacer,
                steps,
                d.cautions(),
                d.about(),
                d.sources(),
                d.attribution(),
                false);
    }
}
