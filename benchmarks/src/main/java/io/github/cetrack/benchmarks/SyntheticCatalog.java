package io.github.cetrack.benchmarks;

import io.github.cetrack.core.Jurisdiction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes a copy of the rules-catalog module for the catalogue-scale measures of {@code
 * benchmarks/run.sh}: {@code SyntheticCatalog ROOT OUT N}. The copy keeps today's state files
 * and, when {@code N} is larger than their number, copies them in turn under the codes of the
 * jurisdictions that have none, in the order of {@link Jurisdiction}, until {@code N} are covered
 * (51: every jurisdiction). With {@code N} = 0 it is today's catalogue unchanged, the baseline built
 * the same way. {@code OUT/pom.xml} is a reactor of core, catalog-tools and the copy, so that
 * {@code ./mvnw -f OUT/pom.xml package} builds it without installing anything. The copy leaves out
 * the module's tests (the real module runs them).
 */
public final class SyntheticCatalog {

    private SyntheticCatalog() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: SyntheticCatalog ROOT OUT N");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        int wanted = Integer.parseInt(args[2]);
        Path module = out.resolve("rules-catalog");
        delete(out);
        Files.createDirectories(module);
        Path source = root.resolve("rules-catalog");
        copyTree(source.resolve("src/main"), module.resolve("src/main"));
        // The build regenerates the DRL from the state files; a stale copy of the generated folder must not survive.
        delete(module.resolve("src/main/resources/io/github/cetrack/catalog/rules/data"));
        String pom = Files.readString(source.resolve("pom.xml"), StandardCharsets.UTF_8);
        String relative = module.relativize(root.resolve("pom.xml")).toString().replace('\\', '/');
        pom = pom.replaceFirst("</version>\\s*</parent>", "</version>\n    <relativePath>" + relative
                + "</relativePath>\n  </parent>");
        Files.writeString(module.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("pom.xml"), reactor(out, root), StandardCharsets.UTF_8);

        Path catalog = module.resolve("src/main/catalog");
        List<Path> today;
        try (Stream<Path> files = Files.list(catalog)) {
            today = files.filter(f -> f.getFileName().toString().matches("us-[a-z]{2}\\.yaml"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<Jurisdiction> added = new ArrayList<>();
        int covered = today.size();
        for (Jurisdiction j : Jurisdiction.values()) {
            if (covered >= wanted) {
                break;
            }
            Path file = catalog.resolve(j.code().toLowerCase(Locale.ROOT) + ".yaml");
            if (Files.exists(file)) {
                continue;
            }
            Path template = today.get(added.size() % today.size());
            String text = Files.readString(template, StandardCharsets.UTF_8);
            String code = text.lines().filter(l -> l.startsWith("jurisdiction: ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(template + " has no jurisdiction line"))
                    .substring("jurisdiction: ".length()).trim();
            Files.writeString(file, text.replaceFirst("(?m)^jurisdiction: " + code + "$", "jurisdiction: " + j.code()),
                    StandardCharsets.UTF_8);
            added.add(j);
            covered++;
        }
        if (!added.isEmpty()) {
            rewriteNotCovered(catalog.resolve("not-covered.yaml"), added);
        }
        System.out.println("synthetic catalogue: " + covered + " jurisdictions (" + today.size() + " today, "
                + added.size() + " copies) in " + module);
    }

    // Leaves out the lines of the jurisdictions that now have a state file; "{}" when none is left.
    private static void rewriteNotCovered(Path file, List<Jurisdiction> added) throws IOException {
        List<String> kept = new ArrayList<>();
        boolean entries = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            boolean covered = added.stream().anyMatch(j -> line.startsWith(j.code() + ":"));
            if (!covered) {
                kept.add(line);
                entries |= line.matches("US-[A-Z]{2}:.*");
            }
        }
        if (!entries) {
            kept.add("{}");
        }
        Files.write(file, kept, StandardCharsets.UTF_8);
    }

    private static String reactor(Path out, Path root) {
        StringBuilder modules = new StringBuilder();
        for (String m : List.of("core", "catalog-tools")) {
            modules.append("    <module>").append(out.relativize(root.resolve(m)).toString().replace('\\', '/'))
                    .append("</module>\n");
        }
        modules.append("    <module>rules-catalog</module>\n");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by SyntheticCatalog for benchmarks/run.sh. -->
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.github.cetrack</groupId>
                  <artifactId>cetrack-synthetic-catalogue-build</artifactId>
                  <version>0</version>
                  <packaging>pom</packaging>
                  <modules>
                %s  </modules>
                </project>
                """.formatted(modules);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
