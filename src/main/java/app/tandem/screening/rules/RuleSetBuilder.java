package app.tandem.screening.rules;

import app.tandem.screening.RiskLevel;
import app.tandem.screening.rules.RuleFileJson.CuesJson;
import app.tandem.screening.rules.RuleFileJson.LexiconJson;
import app.tandem.screening.rules.RuleFileJson.RuleJson;
import app.tandem.screening.rules.RuleFileJson.RulesJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Validates rule files and compiles them into a {@link RuleSet}, collecting every problem before failing. */
final class RuleSetBuilder {

    /** Clinical categories a rule may belong to (C-SSRS-aligned for risk rules). */
    static final Set<String> RISK_CATEGORIES = Set.of(
            "passive-ideation",
            "active-ideation",
            "method",
            "intent",
            "plan",
            "preparation",
            "behaviour",
            "self-harm",
            "hopelessness",
            "burden",
            "worthlessness",
            "entrapment",
            "isolation",
            "finality",
            "attempt",
            "accumulated");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final YAMLMapper yaml = YAMLMapper.builder()
            // A misspelt key must not be silently ignored in a clinical rule.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final Map<String, String> sources;
    private final List<String> problems = new ArrayList<>();

    RuleSetBuilder(Map<String, String> sources) {
        this.sources = sources;
    }

    RuleSet build() {
        CuesJson cues = read("cues.yaml", CuesJson.class);
        LexiconJson lexicon = read("lexicon.yaml", LexiconJson.class);
        Map<String, RulesJson> ruleFiles = new java.util.LinkedHashMap<>();
        for (String name : sources.keySet()) {
            if (name.startsWith("rules/")) {
                RulesJson file = read(name, RulesJson.class);
                if (file != null) {
                    ruleFiles.put(name, file);
                }
            }
        }
        if (ruleFiles.isEmpty() && problems.isEmpty()) {
            problems.add("rules/: no rule files");
        }
        if (cues == null || lexicon == null || !problems.isEmpty()) {
            throw RuleDefinitionException.invalid(problems);
        }
        Map<String, List<String>> lists = lexicon.lexicon() == null ? Map.of() : lexicon.lexicon();
        lists.forEach((name, entries) -> {
            if (!NAME.matcher(name).matches()) {
                problems.add("lexicon.yaml: list name \"" + name + "\" must be lower-case-with-dashes");
            }
            if (entries == null || entries.isEmpty()) {
                problems.add("lexicon.yaml: list {" + name + "} is empty");
            }
        });
        RuleSet.Negation negationWords = negationWords(cues);
        PatternCompiler compiler = new PatternCompiler(lists, negationWords.words());
        for (String name : lists.keySet()) {
            compile(compiler, "lexicon.yaml: {" + name + "}", List.of("{" + name + "}"));
        }
        RuleSet.Negation negation = new RuleSet.Negation(
                negationWords.words(),
                negationWords.reach(),
                compile(
                        compiler,
                        "cues.yaml: negation.breakers",
                        orEmpty(cues.negation().breakers())),
                words(cues.negation().raisers()),
                compile(
                        compiler,
                        "cues.yaml: negation.reversers",
                        orEmpty(cues.negation().reversers())),
                compile(
                        compiler,
                        "cues.yaml: negation.phrases",
                        orEmpty(cues.negation().phrases())),
                compile(
                        compiler,
                        "cues.yaml: negation.after",
                        orEmpty(cues.negation().after())));
        RuleSet.Persons persons = persons(cues, compiler);
        Map<RuleSet.Marker, Pattern> markers = markers(cues, compiler);
        Set<String> openers = words(cues.clauseOpeners());
        if (blank(cues.rulesetVersion())) {
            problems.add("cues.yaml: ruleset-version is missing");
        }
        int window = cues.window() == null ? 15 : cues.window();
        if (window < 3 || window > 60) {
            problems.add("cues.yaml: window must be between 3 and 60 tokens");
        }

        List<Rule> rules = new ArrayList<>();
        List<Rule> combinations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        ruleFiles.forEach((file, content) -> {
            if (content.rules() == null || content.rules().isEmpty()) {
                problems.add(file + ": no rules");
                return;
            }
            for (RuleJson json : content.rules()) {
                Rule rule = rule(file, json, compiler, ids);
                if (rule != null) {
                    (rule.kind() == Rule.Kind.COMBINATION || rule.kind() == Rule.Kind.TALLY ? combinations : rules)
                            .add(rule);
                }
            }
        });
        checkCombinations(rules, combinations);
        if (!problems.isEmpty()) {
            throw RuleDefinitionException.invalid(problems);
        }
        Set<String> vocabulary = new HashSet<>(compiler.vocabulary());
        vocabulary.addAll(negation.words());
        vocabulary.addAll(persons.self());
        vocabulary.addAll(persons.other());
        vocabulary.addAll(openers);
        return new RuleSet(
                cues.rulesetVersion().strip() + "+" + fingerprint(),
                window,
                openers,
                negation,
                persons,
                markers,
                List.copyOf(rules),
                List.copyOf(combinations),
                Set.copyOf(vocabulary));
    }

    private <T> T read(String name, Class<T> type) {
        String text = sources.get(name);
        if (text == null) {
            problems.add(name + ": missing");
            return null;
        }
        try {
            T value = yaml.readValue(text, type);
            if (value == null) {
                problems.add(name + ": empty");
            }
            return value;
        } catch (JacksonException e) {
            problems.add(name + ": not valid YAML for this file: " + e.getOriginalMessage()
                    + (e.getLocation() == null
                            ? ""
                            : " (line " + e.getLocation().getLineNr() + ")"));
            return null;
        }
    }

    private RuleSet.Negation negationWords(CuesJson cues) {
        if (cues.negation() == null
                || cues.negation().words() == null
                || cues.negation().words().isEmpty()) {
            problems.add("cues.yaml: negation.words is missing");
            throw RuleDefinitionException.invalid(problems);
        }
        int reach = cues.negation().reach() == null ? 5 : cues.negation().reach();
        if (reach < 1 || reach > 10) {
            problems.add("cues.yaml: negation.reach must be between 1 and 10 words");
        }
        return new RuleSet.Negation(words(cues.negation().words()), reach, null, Set.of(), null, null, null);
    }

    private RuleSet.Persons persons(CuesJson cues, PatternCompiler compiler) {
        if (cues.persons() == null
                || cues.persons().self() == null
                || cues.persons().other() == null) {
            problems.add("cues.yaml: persons.self and persons.other are required");
            return new RuleSet.Persons(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null);
        }
        return new RuleSet.Persons(
                words(cues.persons().self()),
                words(cues.persons().other()),
                words(cues.persons().inanimate()),
                words(cues.persons().thingVerbs()),
                words(cues.persons().objectMarkers()),
                compile(
                        compiler,
                        "cues.yaml: persons.self-phrases",
                        orEmpty(cues.persons().selfPhrases())),
                compile(
                        compiler,
                        "cues.yaml: persons.other-phrases",
                        orEmpty(cues.persons().otherPhrases())));
    }

    private Map<RuleSet.Marker, Pattern> markers(CuesJson cues, PatternCompiler compiler) {
        Map<RuleSet.Marker, Pattern> out = new EnumMap<>(RuleSet.Marker.class);
        Map<String, List<String>> given = cues.markers() == null ? Map.of() : cues.markers();
        given.forEach((name, phrases) -> {
            RuleSet.Marker marker = RuleSet.Marker.of(name);
            if (marker == null) {
                problems.add("cues.yaml: unknown marker list \"" + name + "\"");
            } else {
                out.put(marker, compile(compiler, "cues.yaml: markers." + name, orEmpty(phrases)));
            }
        });
        for (RuleSet.Marker m : RuleSet.Marker.values()) {
            if (!out.containsKey(m)) {
                problems.add("cues.yaml: markers." + m.name().toLowerCase() + " is missing");
            }
        }
        return out;
    }

    private Rule rule(String file, RuleJson json, PatternCompiler compiler, Set<String> ids) {
        String where = file + ": rule " + (blank(json.id()) ? "#?" : json.id());
        int before = problems.size();
        if (blank(json.id()) || !ID.matcher(json.id()).matches()) {
            problems.add(where + ": id must be lower-case words joined by '.' or '-'");
        } else if (!ids.add(json.id())) {
            problems.add(where + ": id is used twice");
        }
        Rule.Kind kind = kind(where, json.kind());
        RiskLevel level = level(where, kind, json.level());
        String category = json.category();
        if (kind == Rule.Kind.RISK
                || kind == Rule.Kind.COMBINATION
                || kind == Rule.Kind.EVIDENCE
                || kind == Rule.Kind.TALLY) {
            if (category == null || !RISK_CATEGORIES.contains(category)) {
                problems.add(where + ": category must be one of " + new java.util.TreeSet<>(RISK_CATEGORIES));
            }
        } else if (!blank(category)) {
            problems.add(where + ": a " + json.kind() + " rule takes no category (remove it)");
        }
        if (kind != Rule.Kind.CONCEPT && blank(json.rationale())) {
            problems.add(where + ": rationale is missing (say why a clinician wants this rule)");
        }
        Pattern pattern = null;
        int weight = json.weight() == null ? 0 : json.weight();
        int threshold = json.threshold() == null ? 0 : json.threshold();
        if (kind == Rule.Kind.EVIDENCE && (weight < 1 || weight > 10)) {
            problems.add(where + ": an evidence rule needs a weight from 1 to 10");
        } else if (kind != Rule.Kind.EVIDENCE && json.weight() != null) {
            problems.add(where + ": weight belongs to evidence rules only");
        }
        if (kind == Rule.Kind.TALLY && (threshold < 2 || threshold > 50)) {
            problems.add(where + ": a tally needs a threshold from 2 to 50");
        } else if (kind != Rule.Kind.TALLY && json.threshold() != null) {
            problems.add(where + ": threshold belongs to tallies only");
        }
        if (kind == Rule.Kind.TALLY) {
            if (json.patterns() != null && !json.patterns().isEmpty()) {
                problems.add(where + ": a tally has no patterns of its own (it adds up evidence rules)");
            }
            if (json.anyOf() != null || json.atLeast() != null) {
                problems.add(
                        where + ": any-of and at-least belong to combinations only (a tally takes needs: one of its"
                                + " tags must be among the standing groups)");
            }
            if (json.within() != null && (json.within() < 1 || json.within() > 200)) {
                problems.add(where + ": within must be 1 to 200 sentences (leave it out for the whole text)");
            }
        } else if (kind == Rule.Kind.COMBINATION) {
            if (json.patterns() != null && !json.patterns().isEmpty()) {
                problems.add(where + ": a combination has no patterns of its own (it uses needs)");
            }
            int needs = json.needs() == null ? 0 : json.needs().size();
            int anyOf = json.anyOf() == null ? 0 : json.anyOf().size();
            int atLeast = json.atLeast() == null ? (anyOf > 0 ? 1 : 0) : json.atLeast();
            if (needs + Math.min(atLeast, anyOf) < 2) {
                problems.add(where + ": a combination needs at least two tags (needs, or any-of with at-least)");
            }
            if (atLeast > anyOf) {
                problems.add(where + ": at-least is more than the tags in any-of");
            }
            if (json.within() == null || json.within() < 1 || json.within() > 5) {
                problems.add(where + ": within must be 1 to 5 sentences");
            }
        } else {
            if (json.patterns() == null || json.patterns().isEmpty()) {
                problems.add(where + ": patterns are missing");
            } else {
                pattern = compile(compiler, where, json.patterns());
            }
            if (json.needs() != null || json.within() != null || json.anyOf() != null || json.atLeast() != null) {
                problems.add(where + ": needs, any-of, at-least and within belong to combinations only");
            }
        }
        Set<Rule.Cue> respects = cues(where, json.respects());
        Set<Rule.Escalation> escalate = escalations(where, json.escalate());
        Set<String> tags = new LinkedHashSet<>(json.tags() == null ? List.of() : json.tags());
        for (String tag : tags) {
            if (!NAME.matcher(tag).matches()) {
                problems.add(where + ": tag \"" + tag + "\" must be lower-case-with-dashes");
            }
        }
        if (kind == Rule.Kind.CONCEPT && tags.isEmpty()) {
            problems.add(where + ": a concept rule must give at least one tag");
        }
        List<String> match = json.examples() == null || json.examples().match() == null
                ? List.of()
                : json.examples().match();
        List<String> noMatch = json.examples() == null || json.examples().noMatch() == null
                ? List.of()
                : json.examples().noMatch();
        if (match.isEmpty()) {
            problems.add(where + ": examples.match is missing (at least one text the rule must fire on)");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Rule(
                json.id(),
                file,
                kind,
                category,
                level,
                json.rationale() == null ? "" : json.rationale().strip(),
                pattern,
                respects,
                escalate,
                Set.copyOf(tags),
                json.needs() == null ? List.of() : List.copyOf(json.needs()),
                json.anyOf() == null ? List.of() : List.copyOf(json.anyOf()),
                json.atLeast() == null ? (json.anyOf() == null || json.anyOf().isEmpty() ? 0 : 1) : json.atLeast(),
                json.within() == null ? 0 : json.within(),
                List.copyOf(match),
                List.copyOf(noMatch),
                pattern == null ? Start.ANY : compiler.startOf(pattern),
                pattern == null ? List.of() : compiler.partsOf(pattern),
                weight,
                threshold);
    }

    private Rule.Kind kind(String where, String kind) {
        if (blank(kind)) {
            return Rule.Kind.RISK;
        }
        try {
            return Rule.Kind.valueOf(kind.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add(where + ": kind must be risk, suppress, concept, combination, evidence or tally");
            return Rule.Kind.RISK;
        }
    }

    private RiskLevel level(String where, Rule.Kind kind, String level) {
        boolean scored = kind == Rule.Kind.RISK || kind == Rule.Kind.COMBINATION || kind == Rule.Kind.TALLY;
        if (!scored) {
            if (!blank(level) && !"NONE".equals(level)) {
                problems.add(where + ": a " + kind.name().toLowerCase() + " rule has no level");
            }
            return RiskLevel.NONE;
        }
        try {
            RiskLevel l = RiskLevel.valueOf(level == null ? "" : level.strip());
            if (l == RiskLevel.NONE) {
                throw new IllegalArgumentException();
            }
            return l;
        } catch (IllegalArgumentException e) {
            problems.add(where + ": level must be LOW, MODERATE or HIGH");
            return RiskLevel.LOW;
        }
    }

    private Set<Rule.Cue> cues(String where, List<String> names) {
        if (names == null) {
            // every cue but the exclamation one, which a rule names when its words are also an everyday exclamation
            Set<Rule.Cue> all = EnumSet.allOf(Rule.Cue.class);
            all.remove(Rule.Cue.EXCLAMATION);
            return all;
        }
        Set<Rule.Cue> out = EnumSet.noneOf(Rule.Cue.class);
        for (String n : names) {
            Rule.Cue cue = Rule.Cue.of(n);
            if (cue == null) {
                problems.add(where + ": unknown cue \"" + n + "\" in respects");
            } else {
                out.add(cue);
            }
        }
        return out;
    }

    private Set<Rule.Escalation> escalations(String where, List<String> names) {
        Set<Rule.Escalation> out = EnumSet.noneOf(Rule.Escalation.class);
        for (String n : names == null ? List.<String>of() : names) {
            Rule.Escalation e = Rule.Escalation.of(n);
            if (e == null) {
                problems.add(where + ": unknown escalation \"" + n + "\" (imminent, means-nearby)");
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private void checkCombinations(List<Rule> rules, List<Rule> combinations) {
        // "mention": a risk match discounted only by a negation ("i'm not going to kms, but...")
        Set<String> tags = new HashSet<>(Set.of("mention"));
        rules.forEach(r -> tags.addAll(r.tags()));
        combinations.forEach(r -> tags.addAll(r.tags()));
        for (Rule c : combinations) {
            List<String> all = new ArrayList<>(c.needs());
            all.addAll(c.anyOf());
            for (String need : all) {
                if (!tags.contains(need)) {
                    problems.add(c.file() + ": rule " + c.id() + ": no rule gives the tag \"" + need + "\"");
                }
            }
        }
        boolean meansTag = tags.contains("means");
        for (Rule r : rules) {
            if (r.escalate().contains(Rule.Escalation.MEANS_NEARBY) && !meansTag) {
                problems.add(r.file() + ": rule " + r.id() + ": means-nearby needs a rule tagged \"means\"");
            }
        }
    }

    private Pattern compile(PatternCompiler compiler, String where, List<String> patterns) {
        if (patterns.isEmpty()) {
            return null;
        }
        try {
            return compiler.compile(patterns);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }

    private static Set<String> words(List<String> list) {
        Set<String> out = new HashSet<>();
        if (list != null) {
            list.forEach(w -> out.add(w.replace("'", "").strip()));
        }
        return out;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sources.forEach((name, text) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unused")
    private static <K, V> Map<K, V> copy(Map<K, V> m) {
        return new HashMap<>(m);
    }
}
