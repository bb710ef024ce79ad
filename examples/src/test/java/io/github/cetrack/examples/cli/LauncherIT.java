package io.github.cetrack.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build writes ({@code target/cetrack}) with the class-data-sharing archive it
 * uses ({@code target/cetrack.jsa}): the same output as {@code java -jar cetrack.jar}, and the
 * classes really come from the archive.
 */
class LauncherIT {

    @TempDir
    Path dir;

    @BeforeAll
    static void built() {
        // The launcher profile runs wherever the build has a POSIX shell (examples/pom.xml).
        Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"), "no launcher on Windows");
        assertThat(Jar.LAUNCHER).as("the build's launcher").isExecutable();
        assertThat(Jar.LAUNCHER.resolveSibling("cetrack.jsa")).as("the build's archive").isRegularFile();
    }

    @Test
    void catalogListPrintsWhatTheJarPrints() {
        Jar.Run jar = Jar.run(dir, "catalog", "list");
        Jar.Run launched = Jar.runLauncher(dir, Map.of(), "catalog", "list");
        assertThat(launched).isEqualTo(jar);
        assertThat(launched.exit()).isZero();
        assertThat(launched.out()).startsWith("Catalogue ");
        assertThat(launched.err()).isEmpty();
    }

    @Test
    void statusOnRecordsPrintsWhatTheJarPrints() {
        String db = Jar.newDatabaseAfterInit(dir);
        assertThat(Jar.run(dir, "license", "add", "--db", db, "--state", "US-CA", "--type", "LCSW",
                "--expires", "2026-03-31", "--issued", "2012-03-10").exit()).isZero();
        Jar.Run jar = Jar.run(dir, "status", "--db", db);
        Jar.Run launched = Jar.runLauncher(dir, Map.of(), "status", "--db", db);
        assertThat(launched).isEqualTo(jar);
        assertThat(launched.out()).contains("US-CA LCSW");
        // A read-only command leaves the records as the jar left them: a second status agrees.
        assertThat(Jar.runLauncher(dir, Map.of(), "status", "--db", db)).isEqualTo(jar);
    }

    @Test
    void theClassesComeFromTheArchive() throws Exception {
        Path log = dir.resolve("classes.log");
        // A command that fires rules: `catalog list` reads the licence-type index and loads no rule
        // engine, so it loads too few classes to tell (issue 14).
        Jar.Run launched = Jar.runLauncher(dir, Map.of("CETRACK_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
                "catalog", "show", "US-CA", "LCSW");
        assertThat(launched.exit()).isZero();
        long shared = Files.readAllLines(log).stream().filter(l -> l.contains("source: shared objects file (top)")).count();
        // The catalogue's own classes among them: the archive holds the application's classes, not only the JDK's.
        assertThat(shared).as("classes loaded from the application archive").isGreaterThan(500);
        assertThat(Files.readString(log)).contains("io.github.cetrack.catalog.ComplianceEngine source: shared objects file (top)")
                // California's rules, which the demo the archive is dumped from evaluates.
                .containsPattern("io\\.github\\.cetrack\\.catalog\\.rules\\.data\\.us_ca\\.Rules\\w+ source: shared objects file \\(top\\)");
    }

    @Test
    void aStaleArchiveIsIgnoredQuietly() throws Exception {
        // A copy of the launcher and jar whose archive was made from another file: the JVM refuses
        // the archive, and the launcher must still print exactly what the jar prints.
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.copy(Jar.LAUNCHER, copy.resolve("cetrack"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Jar.JAR, copy.resolve("cetrack.jar"));
        Files.copy(Jar.LAUNCHER.resolveSibling("cetrack.jsa"), copy.resolve("cetrack.jsa"));
        Jar.Run jar = Jar.run(dir, "catalog", "list");
        Jar.Run launched = Jar.exec(dir, java.util.List.of(copy.resolve("cetrack").toString(), "catalog", "list"), Map.of());
        assertThat(launched).isEqualTo(jar);
    }
}
