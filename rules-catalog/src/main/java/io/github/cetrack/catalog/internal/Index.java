package io.github.cetrack.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tables the catalogue build writes beside the generated rules ({@code coverage.tsv},
 * {@code license-types.tsv}): tab-separated, {@code #} starting a comment line. Not API.
 */
final class Index {

    private static final String FOLDER = "/io/github/cetrack/catalog/rules/data/";

    private Index() {}

    /** Returns the rows of {@code name}, each of {@code columns} cells. */
    static List<String[]> rows(String name, int columns) {
        try (InputStream in = Index.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the catalogue was built without its " + name);
            }
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split("\t", columns);
                if (!line.startsWith("#") && cells.length == columns) {
                    out.add(cells);
                } else if (!line.startsWith("#") && !line.isEmpty()) {
                    throw new IllegalStateException(name + " has a line of " + cells.length + " cells, not "
                            + columns + ": " + line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
