package io.github.cetrack.catalog.tools;

import io.github.cetrack.catalog.tools.internal.RuleFileLint;
import io.github.cetrack.catalog.tools.internal.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The rule-file lint: a DRL file passes only if it is exactly the rules the catalogue's vocabulary
 * can state, so that no rule file can run code. It parses the file with Drools' own DRL parser and
 * accepts only:
 *
 * <ul>
 *   <li>a package {@code io.github.cetrack.catalog.rules} or under it, and imports of the
 *       vocabulary's facts ({@code io.github.cetrack.catalog.dsl.Renewal}, ...);
 *   <li>rules with the metadata {@code @rule @citation @source @verified @confidence @jurisdiction
 *       @types @dates}, each one plain string literal, and no attribute but an integer
 *       {@code salience};
 *   <li>one pattern per rule, on a vocabulary fact bound to a variable, whose constraints are each
 *       {@code property == "text"}, {@code property == true}, {@code property in ("a", "b")} or a
 *       vocabulary predicate with string literals ({@code endsOnOrAfter("2025-01-01")});
 *   <li>a consequence of statements {@code $f.statement(literal, ...);} only, where the statement is a
 *       public method of the fact's class and every argument a string (no escapes), integer,
 *       {@code true} or {@code false} literal.
 * </ul>
 *
 * <p>No function, query, global, declare, entry point, window, {@code eval}, {@code from},
 * {@code accumulate}, {@code collect}, {@code not}, {@code exists} or {@code forall}, and no unicode
 * escape anywhere in the file. The allowed properties, predicates and statements are read by
 * reflection from the vocabulary's classes.
 *
 * <pre>{@code
 * DrlLint lint = DrlLint.of(Renewal.class, CycleQuery.class, LicenseTypes.class);
 * lint.check(Path.of("us_ca.drl")).forEach(System.err::println);   // us_ca.drl:12: rule "...": ...
 * }</pre>
 */
public final class DrlLint {

    private final Vocabulary vocabulary;

    private DrlLint(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Returns the lint for rules written on {@code facts}, the vocabulary's fact classes. */
    public static DrlLint of(Class<?>... facts) {
        return new DrlLint(Vocabulary.of(List.of(facts)));
    }

    /**
     * Returns the lint for the vocabulary whose sources are in {@code dir} (its facts are the public
     * classes there extending {@code RuleFact}); for the build, which lints before that module is
     * compiled. Needs a JDK.
     */
    public static DrlLint compiledFrom(Path dir) {
        return new DrlLint(Vocabulary.compiledFrom(dir));
    }

    /** Returns every problem of the rule file {@code drlFile}, each at its line; empty when it passes. */
    public List<Problem> check(Path drlFile) {
        String text;
        try {
            text = Files.readString(drlFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of(new Problem(drlFile, 0, "cannot be read: " + e.getMessage()));
        }
        return check(drlFile, text);
    }

    /** Returns every problem of the rule file text {@code drl}, reported as in {@code file}. */
    public List<Problem> check(Path file, String drl) {
        return RuleFileLint.check(drl, vocabulary).stream()
                .map(f -> new Problem(file, f.line(), f.message())).toList();
    }
}
