package io.github.cetrack.examples.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs the built {@code cetrack.jar} as a separate process, as a user would. */
public final class Jar {

    /** What a run printed and returned. */
    public record Run(int exit, String out, String err) {}

    static final Path JAR = Path.of("target", "cetrack.jar");
    static final String TODAY = "2025-11-01";

    private Jar() {}

    public static Run run(Path workDir, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return exec(workDir, command);
    }

    static final Path LAUNCHER = Path.of("target", "cetrack");

    /** Runs the launcher the build writes beside the jar ({@code target/cetrack}) with {@code env} added. */
    static Run runLauncher(Path workDir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return exec(workDir, command, env);
    }

    /** Runs a whole command line under a pseudo-terminal (util-linux {@code script}). */
    public static Run runOnTerminal(Path workDir, String... args) {
        StringBuilder line = new StringBuilder(quote(java()) + " -jar " + quote(JAR.toAbsolutePath().toString()));
        for (String a : args) {
            line.append(' ').append(quote(a));
        }
        return exec(workDir, List.of("script", "-qec", line.toString(), "/dev/null"));
    }

    private static Run exec(Path workDir, List<String> command) {
        return exec(workDir, command, Map.of());
    }

    static Run exec(Path workDir, List<String> command, Map<String, String> extra) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
            Map<String, String> env = pb.environment();
            env.remove("CETRACK_DB");
            env.remove("CETRACK_JAVA_OPTS");
            env.put("CETRACK_TODAY", TODAY);
            // The launcher runs the JVM this test runs on, as the build that made its archive did.
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.putAll(extra);
            Path out = Files.createTempFile(workDir, "out", ".txt");
            Path err = Files.createTempFile(workDir, "err", ".txt");
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + command);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** A JDBC URL of a new H2 database, initialised by {@code cetrack init}. */
    static String newDatabaseAfterInit(Path dir) {
        String db = newDatabase("h2", dir);
        Run init = run(dir, "init", "--db", db);
        if (init.exit() != 0) {
            fail("init failed: " + init.err());
        }
        return db;
    }

    /** A JDBC URL of a new, empty database on H2 or PostgreSQL. */
    public static String newDatabase(String kind, Path dir) {
        if (kind.equals("h2")) {
            return "jdbc:h2:" + dir.resolve("db-" + UUID.randomUUID()).toAbsolutePath();
        }
        String base = System.getenv().getOrDefault("CETRACK_TEST_POSTGRESQL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String schema = "cetrack_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            String why = "PostgreSQL at " + base + " is not reachable (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + "; CI=true requires it");
            }
            Assumptions.abort(why + "; skipped. Start it or set CETRACK_TEST_POSTGRESQL (CI=true makes this a failure)");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            } catch (SQLException ignored) {
                // unique name: a leftover schema harms nothing
            }
        }));
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
