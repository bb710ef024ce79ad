package io.github.cetrack.catalog.internal;

import io.github.cetrack.catalog.dsl.RuleFact;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue's rule base, loaded once from the executable model generated at build time. A
 * {@link KieBase} is thread-safe; each {@link #fire} uses its own short-lived session.
 */
public final class RuleBase {

    /** Where the kie-maven-plugin lists the generated model classes of this artifact. */
    public static final String MODEL_INDEX = "META-INF/kie/io.github.cetrack/cetrack-rules-catalog/drools-model";

    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);

    private final KieBase kieBase;
    private final String version;

    private RuleBase(KieBase kieBase, String version) {
        this.kieBase = kieBase;
        this.version = version;
    }

    private static volatile RuleBase instance;

    /** Returns the shared rule base, loading it on first use (callers wait for a load under way). */
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

    /**
     * Starts loading the rule base on a background daemon thread, so that it overlaps with the
     * caller's own start-up (such as the validator's); a no-op once loaded. A failure surfaces on
     * the next {@link #get}.
     */
    public static void preload() {
        if (instance == null) {
            Thread loader = new Thread(() -> {
                try {
                    // Firing once also loads the session machinery the first resolution needs.
                    get().fire(new io.github.cetrack.catalog.dsl.LicenseTypes());
                } catch (RuntimeException | Error e) {
                    LOG.debug("background catalogue load failed; the next use will retry", e);
                }
            }, "cetrack-catalogue-loader");
            loader.setDaemon(true);
            loader.start();
        }
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

    /** Fires every rule matching {@code fact}, letting each consequence know which rule it is. */
    public <F extends RuleFact> F fire(F fact) {
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

    /** Returns every rule of the catalogue as (package, name, metadata); for integrity checks. */
    public List<org.kie.api.definition.rule.Rule> rules() {
        List<org.kie.api.definition.rule.Rule> out = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> out.addAll(p.getRules()));
        return out;
    }

    private static RuleBase load() {
        long started = System.nanoTime();
        List<Model> models = new ArrayList<>();
        for (String name : modelClassNames()) {
            try {
                models.add((Model) Class.forName(name, true, RuleBase.class.getClassLoader())
                        .getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("catalogue model class " + name + " cannot be loaded", e);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("no catalogue model classes listed in " + MODEL_INDEX);
        }
        KieBase base = KieBaseBuilder.createKieBaseFromModel(models, RuleBaseFactory.newKnowledgeBaseConfiguration());
        Properties props = new Properties();
        try (InputStream in = RuleBase.class.getResourceAsStream("/cetrack-catalog.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.debug("catalogue loaded: {} model(s) in {} ms", models.size(), (System.nanoTime() - started) / 1_000_000);
        return new RuleBase(base, props.getProperty("version", "unknown"));
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
}
