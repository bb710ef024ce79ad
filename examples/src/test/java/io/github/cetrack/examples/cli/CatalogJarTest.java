package io.github.cetrack.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.catalog.internal.RuleBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** Checks the built rules-catalog jar itself, which this module depends on. */
class CatalogJarTest {

    @Test
    void theBuiltCatalogJarHoldsTheGeneratedExecutableModel() throws Exception {
        Path location = Path.of(RuleBase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            // Run from an IDE against target/classes: look for the jar beside it.
            try (var jars = Files.list(location.getParent())) {
                location = jars.filter(p -> p.getFileName().toString().matches("cetrack-rules-catalog-.*\\.jar"))
                        .findFirst().orElseThrow(() -> new AssertionError("rules-catalog is not packaged"));
            }
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            var index = jar.getEntry(RuleBase.MODEL_INDEX);
            assertThat(index).as("%s in %s", RuleBase.MODEL_INDEX, location).isNotNull();
            List<String> classes = new String(jar.getInputStream(index).readAllBytes()).lines()
                    .filter(l -> !l.isBlank() && !l.contains(":")).toList();
            assertThat(classes).isNotEmpty();
            for (String name : classes) {
                assertThat(jar.getEntry(name.replace('.', '/') + ".class")).as(name).isNotNull();
            }
            assertThat(jar.stream().filter(e -> e.getName().endsWith(".drl"))).as("rule sources ship too")
                    .isNotEmpty();
        }
    }
}
