package app.tandem.coping;

import app.tandem.coping.definition.TechniqueLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The techniques shipped with Tandem, loaded and validated once at start-up. */
public final class TechniqueCatalog {

    private final Map<String, Technique> byId = new LinkedHashMap<>();

    public TechniqueCatalog(List<Technique> techniques) {
        techniques.forEach(t -> byId.put(t.id(), t));
    }

    /** The shipped definitions under {@code classpath:coping/}; a broken file stops the app with its problems. */
    public static TechniqueCatalog loadDefault() {
        return new TechniqueCatalog(new TechniqueLoader().loadAll(TechniqueLoader.DEFAULT_LOCATION));
    }

    public List<Technique> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Technique> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
