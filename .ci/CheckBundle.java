import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Inspects a staged release (a Maven repository layout, as deployed to Central) and fails when an
 * artifact lacks its sources, javadoc, POM metadata or checksums, or when an unpublished module
 * slipped in. Run: java .ci/CheckBundle.java STAGING_DIR VERSION
 */
public class CheckBundle {

    static final String GROUP = "io/github/cetrack";
    static final List<String> POMS_ONLY = List.of("cetrack-parent", "cetrack-bom");
    static final List<String> JARS = List.of("cetrack-core", "cetrack-rules-catalog", "cetrack-storage-jdbc",
            "cetrack-reporting");
    static final List<String> UNPUBLISHED = List.of("cetrack-examples", "cetrack-benchmarks", "cetrack-catalog-tools");
    static final List<String> METADATA = List.of("name", "description", "url", "licenses", "developers", "scm");

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).resolve(GROUP);
        String version = args[1];
        List<String> problems = new ArrayList<>();
        for (String artifact : UNPUBLISHED) {
            if (Files.exists(root.resolve(artifact))) {
                problems.add(artifact + " is staged but must not be published");
            }
        }
        String parentPom = null;
        for (String artifact : concat(POMS_ONLY, JARS)) {
            Path dir = root.resolve(artifact).resolve(version);
            if (!Files.isDirectory(dir)) {
                problems.add(artifact + ": not staged (" + dir + ")");
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.sorted().toList();
            }
            Path pom = find(files, artifact, "", "pom");
            if (pom == null) {
                problems.add(artifact + ": no POM");
                continue;
            }
            String text = Files.readString(pom);
            if (artifact.equals("cetrack-parent")) {
                parentPom = text;
            }
            if (artifact.equals("cetrack-bom")) {
                for (String published : JARS) {
                    if (!text.contains("<artifactId>" + published + "</artifactId>")) {
                        problems.add("cetrack-bom does not list " + published);
                    }
                }
                if (!text.contains("<version>" + version + "</version>")) {
                    problems.add("cetrack-bom is not at version " + version);
                }
            }
            for (String element : METADATA) {
                if (!has(text, element) && !(inheritsFromParent(text) && parentPom != null && has(parentPom, element))) {
                    problems.add(artifact + ": POM lacks <" + element + ">");
                }
            }
            List<Path> required = new ArrayList<>(List.of(pom));
            if (JARS.contains(artifact)) {
                for (String classifier : List.of("", "-sources", "-javadoc")) {
                    Path jar = find(files, artifact, classifier, "jar");
                    if (jar == null || Files.size(jar) < 200) {
                        problems.add(artifact + ": missing or empty " + (classifier.isEmpty() ? "main" : classifier.substring(1)) + " jar");
                    } else {
                        required.add(jar);
                    }
                }
            }
            for (Path file : required) {
                for (String sum : List.of(".md5", ".sha1")) {
                    if (!Files.exists(Path.of(file + sum))) {
                        problems.add(file.getFileName() + ": no " + sum + " checksum");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("bundle check: " + p));
            System.exit(1);
        }
        System.out.println("bundle check: " + (POMS_ONLY.size() + JARS.size()) + " artifacts complete (POM metadata,"
                + " main, sources and javadoc jars, checksums); examples not staged");
    }

    static boolean inheritsFromParent(String pom) {
        return pom.contains("<artifactId>cetrack-parent</artifactId>");
    }

    static boolean has(String pom, String element) {
        Matcher m = Pattern.compile("<" + element + "[ >]").matcher(pom.replaceAll("(?s)<parent>.*?</parent>", ""));
        return m.find();
    }

    // Snapshot deployments carry a timestamp in the file name, so match by prefix and suffix.
    static Path find(List<Path> files, String artifact, String classifier, String extension) {
        for (Path f : files) {
            String n = f.getFileName().toString();
            if (n.startsWith(artifact + "-") && n.endsWith(classifier + "." + extension)
                    && (classifier.isEmpty() ? !n.matches(".*-(sources|javadoc)\\." + extension) : true)) {
                return f;
            }
        }
        return null;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
