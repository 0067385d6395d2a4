package app.tandem.measure.instrument;

import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads, validates and maps definition files, failing fast with the file name and every problem found. */
public final class DefinitionLoader {

    /** Where the built-in definitions live on the classpath. */
    public static final String DEFAULT_LOCATION = "classpath*:instruments/*.json";

    private final JsonMapper mapper = JsonMapper.builder()
            // A misspelt field must not be silently ignored in a clinical definition.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final DefinitionValidator validator = new DefinitionValidator();
    private final DefinitionMapper definitionMapper = new DefinitionMapper();

    /** Loads every definition matching a Spring resource pattern such as {@link #DEFAULT_LOCATION}. */
    public List<Instrument> loadAll(String locationPattern) {
        Resource[] resources;
        try {
            resources =
                    new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(locationPattern);
        } catch (IOException e) {
            throw InstrumentDefinitionException.unreadable(locationPattern, e);
        }
        if (resources.length == 0) {
            throw InstrumentDefinitionException.noDefinitions(locationPattern);
        }
        Map<String, String> sources = new HashMap<>();
        for (Resource resource : resources) {
            String name = "instruments/" + resource.getFilename();
            try (InputStream in = resource.getInputStream()) {
                sources.put(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw InstrumentDefinitionException.unreadable(name, e);
            }
        }
        return loadAll(sources);
    }

    /** Loads definitions given as source name (ending in {@code <code>.json}) to JSON text. */
    public List<Instrument> loadAll(Map<String, String> sources) {
        List<Instrument> instruments = new ArrayList<>();
        Map<String, String> sourceByCode = new HashMap<>();
        sources.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Instrument instrument = load(e.getKey(), e.getValue());
            String earlier = sourceByCode.putIfAbsent(instrument.code(), e.getKey());
            if (earlier != null) {
                throw InstrumentDefinitionException.invalid(
                        e.getKey(), List.of("code '" + instrument.code() + "' is already defined by " + earlier));
            }
            instruments.add(instrument);
        });
        return List.copyOf(instruments);
    }

    /** Parses, validates and maps one definition. */
    public Instrument load(String sourceName, String json) {
        InstrumentJson definition;
        try {
            definition = mapper.readValue(json, InstrumentJson.class);
        } catch (JacksonException e) {
            throw InstrumentDefinitionException.unreadable(sourceName, e);
        }
        if (definition == null) {
            throw InstrumentDefinitionException.invalid(sourceName, List.of("file is empty"));
        }
        List<String> problems = new ArrayList<>(validator.validate(definition));
        String expectedFile = definition.code() + ".json";
        if (definition.code() != null && !sourceName.endsWith("/" + expectedFile) && !sourceName.equals(expectedFile)) {
            problems.add("file name must be " + expectedFile + " to match code '" + definition.code() + "'");
        }
        if (!problems.isEmpty()) {
            throw InstrumentDefinitionException.invalid(sourceName, problems);
        }
        return definitionMapper.toInstrument(definition);
    }
}
