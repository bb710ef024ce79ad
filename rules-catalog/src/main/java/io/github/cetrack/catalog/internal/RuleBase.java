package io.github.cetrack.catalog.internal;

import io.github.cetrack.catalog.dsl.RuleFact;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue's rules, from the executable model generated at build time: one {@link KieBase} per
 * jurisdiction, built on its first use from that jurisdiction's model class (the build writes each
 * state file's rules in a package of their own) and the model classes of any package tied to no
 * jurisdiction (hand-written rules, which go into every jurisdiction's base). A process that
 * evaluates California's licences loads California's rules only. A {@link KieBase} is thread-safe;
 * each {@link #fire} uses its own short-lived session.
 */
public final class RuleBase {

    /** Where the kie-maven-plugin lists the generated model classes of this artifact. */
    public static final String MODEL_INDEX = "META-INF/kie/io.github.cetrack/cetrack-rules-catalog/drools-model";

    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);

    // A jurisdiction's package as catalog-tools names it: io.github.cetrack.catalog.rules.data.us_ca.
    private static final Pattern JURISDICTION_PACKAGE =
            Pattern.compile("io\\.github\\.cetrack\\.catalog\\.rules\\.data\\.(us_[a-z]{2})");

    private final Map<String, Lazy> jurisdictions;
    private final Lazy sharedOnly;
    private final String version;

    private RuleBase(Map<String, Lazy> jurisdictions, List<String> shared, String version) {
        this.jurisdictions = jurisdictions;
        this.sharedOnly = shared.isEmpty() ? null : new Lazy("shared", shared);
        this.version = version;
    }

    private static volatile RuleBase instance;

    /**
     * Returns the shared rule base. Its first call reads only the list of model classes; each
     * jurisdiction's rules load on its first {@link #fire}.
     */
    public static RuleBase get() {
        RuleBase loaded = instance;
        if (loaded == null) {
            synchronized (RuleBase.class) {
                loaded = instance;
                if (loaded == null) {
                    loaded = load();
                    instance = loaded;
                }
            }
        }
        return loaded;
    }

    // The jurisdictions whose rules a preload has started loading; each is loaded in the background once.
    private static final Set<String> PRELOADING = ConcurrentHashMap.newKeySet();

    /**
     * Starts loading {@code jurisdiction}'s rules on a background daemon thread, so that the load
     * overlaps with the caller's own work before it needs them (such as validating the input); a
     * no-op after the first call for that jurisdiction. A failure surfaces on the next use. Only the
     * rules the caller is about to use are loaded: a process that never evaluates (such as one
     * listing licence types) loads none.
     */
    public static void preload(String jurisdiction) {
        if (jurisdiction == null || !PRELOADING.add(jurisdiction)) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                Lazy base = get().jurisdictions.get(jurisdiction);
                if (base != null) {
                    base.get();
                }
            } catch (RuntimeException | Error e) {
                LOG.debug("background load of the rules of {} failed; the next use will retry", jurisdiction, e);
            }
        }, "cetrack-catalogue-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Returns the catalogue version (the artifact version). */
    public String version() {
        return version;
    }

    /** Returns the names of the generated model classes listed in {@link #MODEL_INDEX}. */
    public static List<String> modelClassNames() {
        String index = resource(MODEL_INDEX);
        List<String> names = new ArrayList<>();
        // The first line is "Drools-Model-Version:x"; the others name one class per rule package.
        index.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.contains(":")).forEach(names::add);
        return names;
    }

    /** Returns the codes of the jurisdictions that have rules of their own, sorted. */
    public Set<String> jurisdictions() {
        return jurisdictions.keySet();
    }

    /**
     * Fires every rule of {@code jurisdiction}'s base matching {@code fact}, letting each
     * consequence know which rule it is. A jurisdiction without rules of its own fires the shared
     * rules only, if any.
     */
    public <F extends RuleFact> F fire(String jurisdiction, F fact) {
        Lazy base = jurisdictions.getOrDefault(jurisdiction, sharedOnly);
        return base == null ? fact : fire(base.get(), fact);
    }

    /** Fires the rules tied to no jurisdiction's package, if any; for what the index cannot know. */
    public <F extends RuleFact> F fireShared(F fact) {
        return sharedOnly == null ? fact : fire(sharedOnly.get(), fact);
    }

    /** Returns the rules tied to no jurisdiction's package (hand-written rules), if any. */
    public List<org.kie.api.definition.rule.Rule> sharedRules() {
        List<org.kie.api.definition.rule.Rule> out = new ArrayList<>();
        if (sharedOnly != null) {
            sharedOnly.get().getKiePackages().forEach(p -> out.addAll(p.getRules()));
        }
        return out;
    }

    /**
     * Returns every rule of the catalogue as (package, name, metadata), loading every
     * jurisdiction; for integrity checks.
     */
    public List<org.kie.api.definition.rule.Rule> rules() {
        List<org.kie.api.definition.rule.Rule> out = new ArrayList<>(sharedRules());
        for (Lazy base : jurisdictions.values()) {
            for (KiePackage p : base.get().getKiePackages()) {
                // Each base holds the shared packages too; they are counted once, above.
                if (JURISDICTION_PACKAGE.matcher(p.getName()).matches()) {
                    out.addAll(p.getRules());
                }
            }
        }
        return out;
    }

    private static <F extends RuleFact> F fire(KieBase kieBase, F fact) {
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    fact.firing(event.getMatch().getRule());
                }
            });
            session.insert(fact);
            session.fireAllRules();
            return fact;
        } finally {
            session.dispose();
        }
    }

    // Only the list of model classes is read here: each jurisdiction's are loaded by its Lazy.
    private static RuleBase load() {
        Map<String, List<String>> byJurisdiction = new java.util.TreeMap<>();
        List<String> shared = new ArrayList<>();
        for (String name : modelClassNames()) {
            String pkg = name.substring(0, Math.max(name.lastIndexOf('.'), 0));
            Matcher m = JURISDICTION_PACKAGE.matcher(pkg);
            if (m.matches()) {
                byJurisdiction.computeIfAbsent(m.group(1).replace('_', '-').toUpperCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(name);
            } else {
                shared.add(name);
            }
        }
        if (byJurisdiction.isEmpty() && shared.isEmpty()) {
            throw new IllegalStateException("no catalogue model classes listed in " + MODEL_INDEX);
        }
        Map<String, Lazy> bases = new LinkedHashMap<>();
        byJurisdiction.forEach((code, names) -> {
            List<String> all = new ArrayList<>(names);
            all.addAll(shared);
            bases.put(code, new Lazy(code, all));
        });
        Properties props = new Properties();
        try (InputStream in = RuleBase.class.getResourceAsStream("/cetrack-catalog.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleBase(Collections.unmodifiableMap(bases), List.copyOf(shared),
                props.getProperty("version", "unknown"));
    }

    private static String resource(String path) {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing: the catalogue was built without its executable"
                        + " model (is drools-model-compiler a dependency of the build?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule base built from its model classes on first use, once, whichever thread asks first. */
    private static final class Lazy {

        private final String name;
        private final List<String> classes;
        private volatile KieBase base;

        Lazy(String name, List<String> classes) {
            this.name = name;
            this.classes = classes;
        }

        KieBase get() {
            KieBase built = base;
            if (built == null) {
                synchronized (this) {
                    built = base;
                    if (built == null) {
                        built = build();
                        base = built;
                    }
                }
            }
            return built;
        }

        private KieBase build() {
            long started = System.nanoTime();
            List<Model> models = new ArrayList<>();
            for (String c : classes) {
                try {
                    models.add((Model) Class.forName(c, true, RuleBase.class.getClassLoader())
                            .getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("catalogue model class " + c + " cannot be loaded", e);
                }
            }
            KieBase built = KieBaseBuilder.createKieBaseFromModel(models,
                    RuleBaseFactory.newKnowledgeBaseConfiguration());
            LOG.debug("rules of {} loaded: {} model(s) in {} ms", name, models.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return built;
        }
    }
}
