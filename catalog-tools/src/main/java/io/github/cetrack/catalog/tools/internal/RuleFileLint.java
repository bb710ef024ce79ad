package io.github.cetrack.catalog.tools.internal;

import io.github.cetrack.catalog.tools.internal.Vocabulary.Fact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;

/**
 * The allowlist a rule file must meet, checked on Drools' own parse of it and, for the Java text
 * the parser passes through (constraints and consequences), on {@link Tokens}: anything that is not
 * exactly the grammar below is refused. Not API.
 *
 * <pre>
 * package io.github.cetrack.catalog.rules[.sub];
 * import io.github.cetrack.catalog.dsl.Fact;                 (vocabulary facts only)
 * rule "name" @meta("text")... [salience N]
 * when $f : Fact(property == "text" | property == true | property in ("a", "b") | predicate("text", ...), ...)
 * then $f.statement(literal, ...); ...
 * end
 * </pre>
 */
public final class RuleFileLint {

    /** The metadata the engine reads; each a single string literal. */
    public static final Set<String> METADATA = Set.of("rule", "citation", "source", "verified", "confidence",
            "jurisdiction", "types", "dates");

    private static final String PACKAGE = "io.github.cetrack.catalog.rules";

    private final Vocabulary vocabulary;
    private final List<Finding> findings = new ArrayList<>();
    private final Grammar grammar = new Grammar(this::refuse);
    private String text = "";

    /**
     * One thing refused, where.
     *
     * @param line the 1-based line in the file
     * @param message what is refused and what the grammar expected
     */
    public record Finding(int line, String message) {}

    private RuleFileLint(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Returns what the rule file {@code text} breaks of the allowlist; empty when it passes. */
    public static List<Finding> check(String text, Vocabulary vocabulary) {
        RuleFileLint lint = new RuleFileLint(vocabulary);
        lint.file(text);
        return List.copyOf(lint.findings);
    }

    private void file(String text) {
        this.text = text;
        // Java translates \\uXXXX before it reads anything, so an escape in a comment or string
        // can end it (\\u000a) and turn the rest of the line into code the parser never saw.
        int escape = text.indexOf("\\u");
        if (escape >= 0) {
            refuse(lineOf(text, escape), "a unicode escape (" + Tokens.excerpt(text, escape)
                    + "); rule files may not contain \\u anywhere");
            return;
        }
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException e) {
            refuse(0, "is not valid DRL: " + e.getMessage());
            return;
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError error : parser.getErrors()) {
                int[] lines = error.getLines();
                refuse(lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0, "is not valid DRL: "
                        + error.getMessage());
            }
            if (!findings.isEmpty() || pkg == null) {
                return;
            }
        }
        declarations(pkg);
        List<String> imported = imports(pkg.getImports());
        for (RuleDescr rule : pkg.getRules()) {
            rule(rule, imported);
        }
    }

    private void declarations(PackageDescr pkg) {
        String name = pkg.getName();
        if (name == null || !(name.equals(PACKAGE) || name.startsWith(PACKAGE + "."))
                || !name.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*")) {
            refuse(pkg.getLine(), "package " + name + ": rule files belong in " + PACKAGE + " or a package under it");
        }
        forbid(pkg.getFunctionImports(), "an import function");
        forbid(pkg.getAccumulateImports(), "an import accumulate");
        forbid(pkg.getGlobals(), "a global");
        forbid(pkg.getFunctions(), "a function");
        forbid(pkg.getTypeDeclarations(), "a declare (type declaration)");
        forbid(pkg.getEnumDeclarations(), "a declare enum");
        forbid(pkg.getEntryPointDeclarations(), "a declare entry-point");
        forbid(pkg.getWindowDeclarations(), "a declare window");
        forbid(pkg.getAttributes(), "a package attribute");
        if (pkg.getUnit() != null) {
            refuse(pkg.getUnit().getLine(), "a unit; rule files have no rule units");
        }
    }

    private List<String> imports(List<ImportDescr> imports) {
        List<String> out = new ArrayList<>();
        for (ImportDescr i : imports) {
            String target = i.getTarget();
            boolean fact = target != null && target.startsWith(Vocabulary.PACKAGE + ".")
                    && vocabulary.fact(target.substring(Vocabulary.PACKAGE.length() + 1))
                            .filter(f -> f.className().equals(target)).isPresent();
            if (fact) {
                out.add(target.substring(Vocabulary.PACKAGE.length() + 1));
            } else {
                refuse(i.getLine(), "import " + target + ": rule files import only the vocabulary's facts "
                        + vocabulary.facts().keySet() + " from " + Vocabulary.PACKAGE);
            }
        }
        return out;
    }

    private void rule(RuleDescr rule, List<String> imported) {
        String name = "rule \"" + rule.getName() + "\"";
        int line = rule.getLine();
        if (rule.isQuery()) {
            refuse(line, "a query (" + rule.getName() + "); rule files hold rules only");
            return;
        }
        if (rule.getName() == null || rule.getName().contains("\"")) {
            refuse(line, name + ": its name must be a plain string");
        }
        if (rule.hasParent()) {
            refuse(line, name + ": extends " + rule.getParentName() + "; rules do not inherit");
        }
        if (rule.getUnit() != null) {
            refuse(line, name + ": a rule unit");
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            refuse(line, name + ": named consequences " + rule.getNamedConsequences().keySet() + "; one then only");
        }
        attributes(name, line, rule.getAttributes());
        annotations(name, line, rule.getAnnotations());
        List<BaseDescr> lhs = rule.getLhs() == null ? List.of() : rule.getLhs().getDescrs();
        if (lhs.size() != 1 || !(lhs.get(0) instanceof PatternDescr pattern)) {
            List<String> found = lhs.stream().map(RuleFileLint::kind).toList();
            refuse(line, name + ": the condition must be exactly one pattern on a vocabulary fact, found " + found);
            return;
        }
        Fact fact = pattern(name, line, pattern, imported);
        if (fact == null) {
            return;
        }
        if (!(rule.getConsequence() instanceof String consequence)) {
            refuse(line, name + ": the consequence is not Java text");
            return;
        }
        String statements = consequence.strip();
        int first = lineAfter(rule.getConsequenceLine(), statements.lines().findFirst().orElse(""));
        grammar.consequence(name, first, statements, pattern.getIdentifier(), fact);
    }

    private void attributes(String name, int line, Map<String, AttributeDescr> attributes) {
        attributes.forEach((key, attribute) -> {
            int at = attribute.getLine() > 0 ? attribute.getLine() : line;
            if (!key.equals("salience")) {
                refuse(at, name + ": the attribute " + key + "; only salience is allowed");
            } else if (attribute.getValue() == null || !attribute.getValue().strip().matches("-?(0|[1-9][0-9]{0,8})")) {
                refuse(at, name + ": salience " + attribute.getValue() + " must be an integer literal");
            }
        });
    }

    private void annotations(String name, int ruleLine, Collection<AnnotationDescr> annotations) {
        for (AnnotationDescr a : annotations) {
            Map<String, Object> values = a.getValueMap();
            Object value = values.size() == 1 ? values.get("value") : null;
            int line = a.getLine() > 0 ? a.getLine() : lineAfter(ruleLine, "@" + a.getName());
            if (!METADATA.contains(a.getName())) {
                refuse(line, name + ": the metadata @" + a.getName() + "; only @" + String.join(" @",
                        METADATA.stream().sorted().toList()));
            } else if (!(value instanceof String text) || !text.matches("\"[^\"\\\\]*\"")) {
                refuse(line, name + ": @" + a.getName() + "(" + values.values()
                        + ") must be a single plain string literal, like @" + a.getName() + "(\"text\")");
            }
        }
    }

    private Fact pattern(String name, int line, PatternDescr pattern, List<String> imported) {
        int at = pattern.getLine() > 0 ? pattern.getLine() : line;
        if (pattern.getSource() != null) {
            refuse(at, name + ": the pattern takes its facts " + kind(pattern.getSource())
                    + "; it must match the session's facts");
            return null;
        }
        String type = pattern.getObjectType();
        Fact fact = imported.contains(type) ? vocabulary.fact(type).orElse(null) : null;
        if (fact == null) {
            refuse(at, name + ": the pattern's type " + type + " is not an imported vocabulary fact "
                    + vocabulary.facts().keySet());
            return null;
        }
        String id = pattern.getIdentifier();
        if (id == null || !id.matches("\\$[a-z][A-Za-z0-9]*")) {
            refuse(at, name + ": the pattern must be bound to a variable like $f : " + type + "(...)");
            return null;
        }
        if (pattern.isQuery() || pattern.isUnification() || !pattern.getBehaviors().isEmpty()
                || !pattern.getAnnotations().isEmpty()) {
            refuse(at, name + ": the pattern may carry no query, unification, window or annotation");
            return null;
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (!(constraint instanceof ExprConstraintDescr expr) || expr.getType() != ExprConstraintDescr.Type.NAMED) {
                refuse(at, name + ": the constraint " + kind(constraint) + " is not a named constraint");
            } else {
                grammar.constraint(name, expr.getLine() > 0 ? expr.getLine() : at, expr.getExpression(), fact);
            }
        }
        return fact;
    }

    private void forbid(Collection<? extends BaseDescr> found, String what) {
        for (BaseDescr d : found) {
            refuse(d.getLine(), what + " (" + Grammar.shorten(d.getText() != null ? d.getText() : d.toString())
                    + "); rule files hold only vocabulary rules");
        }
    }

    private void refuse(int line, String message) {
        findings.add(new Finding(Math.max(line, 0), message));
    }

    // What a descr is, in DRL's words: EvalDescr is eval, FromDescr from, AccumulateDescr accumulate.
    private static String kind(Object descr) {
        String simple = descr.getClass().getSimpleName().replace("Descr", "");
        return simple.isEmpty() ? "?" : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    // The parser gives some places only roughly (a consequence's line is its then's; an annotation's
    // may be missing): the line where needle first stands at or after fromLine, else fromLine.
    private int lineAfter(int fromLine, String needle) {
        int start = 0;
        for (int line = 1; line < fromLine && start >= 0; line++) {
            start = text.indexOf('\n', start) + 1;
        }
        int at = needle.isEmpty() || start < 0 ? -1 : text.indexOf(needle, start);
        return at < 0 ? Math.max(fromLine, 0) : lineOf(text, at);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

}
