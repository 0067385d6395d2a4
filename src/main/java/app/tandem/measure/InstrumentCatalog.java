package app.tandem.measure;

import app.tandem.measure.instrument.DefinitionLoader;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All validated instrument definitions, loaded once. Construction fails fast with
 * {@link InstrumentDefinitionException} naming the file and every problem. Plain class: wire it as a bean with
 * {@code @Bean InstrumentCatalog instrumentCatalog() { return InstrumentCatalog.loadDefault(); }}.
 */
public final class InstrumentCatalog {

    private final Map<String, Instrument> byCode;

    private InstrumentCatalog(Collection<Instrument> instruments) {
        Map<String, Instrument> map = new LinkedHashMap<>();
        instruments.forEach(i -> map.put(i.code(), i));
        this.byCode = java.util.Collections.unmodifiableMap(map);
    }

    /** Loads every {@code instruments/*.json} on the classpath. */
    public static InstrumentCatalog loadDefault() {
        return new InstrumentCatalog(new DefinitionLoader().loadAll(DefinitionLoader.DEFAULT_LOCATION));
    }

    /** Loads definitions given as source name ({@code .../<code>.json}) to JSON text, e.g. for tests or tools. */
    public static InstrumentCatalog fromJson(Map<String, String> sources) {
        return new InstrumentCatalog(new DefinitionLoader().loadAll(sources));
    }

    /** Every instrument, ordered by code. */
    public List<Instrument> all() {
        return List.copyOf(byCode.values());
    }

    /** Instruments a new practice gets switched on (licensed instruments are excluded). */
    public List<Instrument> enabledByDefault() {
        return byCode.values().stream().filter(Instrument::enabledByDefault).toList();
    }

    public Optional<Instrument> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The instrument with this code, or {@link UnknownInstrumentException}. */
    public Instrument get(String code) {
        return find(code).orElseThrow(() -> UnknownInstrumentException.forCode(code));
    }
}
