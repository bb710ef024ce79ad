package io.github.cetrack.catalog.tools.internal;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses a state file into SnakeYAML's node tree (with line numbers) and never into objects, so a
 * contributed file cannot name a class to build. Its size, nesting and aliases are bounded. Not API.
 */
public final class Yaml {

    /** The largest state file read, in characters. */
    public static final int MAX_CHARS = 1_000_000;

    private Yaml() {}

    /** Returns the document's root node, or throws {@link IllegalArgumentException} with the reason. */
    public static Node parse(String text) {
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("larger than " + MAX_CHARS + " characters");
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowRecursiveKeys(false);
        try {
            Node root = new org.yaml.snakeyaml.Yaml(options).compose(new java.io.StringReader(text));
            if (root == null) {
                throw new IllegalArgumentException("the file is empty");
            }
            return root;
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new IllegalArgumentException("not valid YAML: " + e.getMessage().replace('\n', ' '), e);
        }
    }
}
