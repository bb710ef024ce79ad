package io.github.cetrack.catalog.tools.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What a rule file may name, read by reflection from the vocabulary's fact classes
 * ({@code io.github.cetrack.catalog.dsl}): for each fact, its properties (getters), its predicates
 * (public {@code boolean} methods of string arguments) and its statements (public {@code void}
 * methods of literal-typed arguments declared by the fact itself: what the engine calls, like
 * {@code firing}, lives in their shared superclass and is never a statement). Not API.
 *
 * @param facts the facts by simple name, like {@code Renewal}
 */
public record Vocabulary(Map<String, Fact> facts) {

    /** The package of the vocabulary. */
    public static final String PACKAGE = "io.github.cetrack.catalog.dsl";

    /** The one method outside statements that a fact exposes with a statement's shape; never a statement. */
    private static final String ENGINE_HOOK = "firing";

    /** What an argument may be: a literal of one of these kinds. */
    public enum Arg { STRING, INTEGER, BOOLEAN }

    /**
     * A public method a rule may call, with the kinds of its arguments.
     *
     * @param name its name
     * @param args its parameters' kinds
     * @param varargs whether the last parameter takes any number of strings
     */
    public record Call(String name, List<Arg> args, boolean varargs) {

        /** Returns whether this method takes literals of {@code kinds}, in order. */
        public boolean accepts(List<Arg> kinds) {
            int fixed = varargs ? args.size() - 1 : args.size();
            if (kinds.size() < fixed || (!varargs && kinds.size() != fixed)) {
                return false;
            }
            for (int i = 0; i < kinds.size(); i++) {
                if (kinds.get(i) != args.get(Math.min(i, args.size() - 1))) {
                    return false;
                }
            }
            return true;
        }

        /** Returns how it reads in a message, like {@code totalHours(string)}. */
        public String shown() {
            List<String> params = new ArrayList<>();
            args.forEach(a -> params.add(a.name().toLowerCase(Locale.ROOT)));
            if (varargs) {
                params.set(params.size() - 1, params.get(params.size() - 1) + "...");
            }
            return name + "(" + String.join(", ", params) + ")";
        }
    }

    /**
     * One fact class.
     *
     * @param className its binary name
     * @param properties its properties and their kinds, like {@code jurisdiction} and {@code firstCycle}
     * @param predicates what constraints may call, by name
     * @param statements what consequences may call, by name
     */
    public record Fact(String className, Map<String, Arg> properties, Map<String, List<Call>> predicates,
            Map<String, List<Call>> statements) {}

    /** Reads the vocabulary of {@code facts}. */
    public static Vocabulary of(List<Class<?>> facts) {
        Map<String, Fact> out = new TreeMap<>();
        for (Class<?> fact : facts) {
            if (!PACKAGE.equals(fact.getPackageName())) {
                throw new IllegalArgumentException(fact.getName() + " is not in the vocabulary package " + PACKAGE);
            }
            out.put(fact.getSimpleName(), fact(fact));
        }
        return new Vocabulary(Collections.unmodifiableMap(out));
    }

    /**
     * Compiles the vocabulary's sources in {@code dir} (the build reads them before the module is
     * compiled) and reads the facts among them: the public concrete classes extending {@code RuleFact}.
     */
    public static Vocabulary compiledFrom(Path dir) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("reading the rule vocabulary needs a JDK (no Java compiler found)");
        }
        Path classes = null;
        try (Stream<Path> files = Files.list(dir)) {
            List<String> sources = files.map(Path::toString).filter(f -> f.endsWith(".java")).sorted().toList();
            classes = Files.createTempDirectory("cetrack-vocabulary");
            List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-nowarn", "-classpath",
                    classpath(), "-d", classes.toString()));
            args.addAll(sources);
            java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
            if (javac.run(null, errors, errors, args.toArray(new String[0])) != 0) {
                throw new IllegalStateException("the rule vocabulary in " + dir + " does not compile:\n" + errors);
            }
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    Vocabulary.class.getClassLoader())) {
                List<Class<?>> facts = new ArrayList<>();
                for (String source : sources) {
                    String simple = Path.of(source).getFileName().toString().replace(".java", "");
                    if (!simple.equals("package-info")) {
                        Class<?> type = loader.loadClass(PACKAGE + "." + simple);
                        if (isFact(type)) {
                            facts.add(type);
                        }
                    }
                }
                return of(facts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the rule vocabulary in " + dir + " is not in package " + PACKAGE, e);
        } finally {
            delete(classes);
        }
    }

    /** Returns the fact named {@code simpleName}, if the vocabulary has it. */
    public Optional<Fact> fact(String simpleName) {
        return Optional.ofNullable(facts.get(simpleName));
    }

    private static boolean isFact(Class<?> type) {
        return Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers())
                && type.getSuperclass() != null && type.getSuperclass().getSimpleName().equals("RuleFact");
    }

    private static Fact fact(Class<?> type) {
        Map<String, Arg> properties = new TreeMap<>();
        Map<String, List<Call>> predicates = new TreeMap<>();
        Map<String, List<Call>> statements = new TreeMap<>();
        List<Method> methods = new ArrayList<>(List.of(type.getDeclaredMethods()));
        methods.sort(Comparator.comparing(Method::toGenericString));
        for (Method m : methods) {
            int mod = m.getModifiers();
            if (!Modifier.isPublic(mod) || Modifier.isStatic(mod) || m.isSynthetic() || m.isBridge()) {
                continue;
            }
            Optional<Call> call = call(m);
            String name = m.getName();
            if (m.getParameterCount() == 0 && name.matches("get[A-Z]\\w*") && m.getReturnType() == String.class) {
                properties.put(decapitalize(name.substring(3)), Arg.STRING);
            } else if (m.getParameterCount() == 0 && name.matches("is[A-Z]\\w*") && m.getReturnType() == boolean.class) {
                properties.put(decapitalize(name.substring(2)), Arg.BOOLEAN);
            } else if (m.getReturnType() == boolean.class && m.getParameterCount() > 0 && call.isPresent()
                    && call.get().args().stream().allMatch(a -> a == Arg.STRING)) {
                predicates.computeIfAbsent(name, k -> new ArrayList<>()).add(call.get());
            } else if (m.getReturnType() == void.class && !name.equals(ENGINE_HOOK) && call.isPresent()) {
                statements.computeIfAbsent(name, k -> new ArrayList<>()).add(call.get());
            }
        }
        predicates.replaceAll((k, v) -> List.copyOf(v));
        statements.replaceAll((k, v) -> List.copyOf(v));
        // Sorted maps: messages list what is allowed in a stable order.
        return new Fact(type.getName(), Collections.unmodifiableMap(properties), Collections.unmodifiableMap(predicates),
                Collections.unmodifiableMap(statements));
    }

    // Only methods whose every parameter a literal can fill: a string, an int, a boolean, strings....
    private static Optional<Call> call(Method m) {
        List<Arg> args = new ArrayList<>();
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            Class<?> t = m.isVarArgs() && i == types.length - 1 ? types[i].getComponentType() : types[i];
            if (t == String.class) {
                args.add(Arg.STRING);
            } else if (t == int.class && !(m.isVarArgs() && i == types.length - 1)) {
                args.add(Arg.INTEGER);
            } else if (t == boolean.class && !(m.isVarArgs() && i == types.length - 1)) {
                args.add(Arg.BOOLEAN);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Call(m.getName(), List.copyOf(args), m.isVarArgs()));
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    // The vocabulary's sources import cetrack-core and kie-api, which are on this tool's class path:
    // found by where their classes were loaded from, since a plugin's or test's class path is not
    // the JVM's java.class.path.
    private static String classpath() {
        List<String> out = new ArrayList<>();
        for (String marker : List.of("io.github.cetrack.core.Jurisdiction", "org.kie.api.definition.rule.Rule")) {
            try {
                var source = Class.forName(marker, false, Vocabulary.class.getClassLoader()).getProtectionDomain()
                        .getCodeSource();
                if (source == null || source.getLocation() == null) {
                    throw new IllegalStateException("cannot tell where " + marker + " was loaded from");
                }
                out.add(Path.of(source.getLocation().toURI()).toString());
            } catch (ClassNotFoundException | URISyntaxException e) {
                throw new IllegalStateException("cannot find " + marker + " to compile the rule vocabulary", e);
            }
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the vocabulary was read.
        }
    }
}
