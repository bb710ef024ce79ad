package io.github.cetrack.catalog.tools.internal;

import io.github.cetrack.catalog.tools.internal.Tokens.Kind;
import io.github.cetrack.catalog.tools.internal.Tokens.Token;
import io.github.cetrack.catalog.tools.internal.Vocabulary.Arg;
import io.github.cetrack.catalog.tools.internal.Vocabulary.Call;
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
        consequence(name, first, statements, pattern.getIdentifier(), fact);
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
                constraint(name, expr.getLine() > 0 ? expr.getLine() : at, expr.getExpression(), fact);
            }
        }
        return fact;
    }

    // property == "text" | property == true | property in ("a", ...) | predicate("text", ...)
    private void constraint(String name, int line, String expression, Fact fact) {
        String where = name + ": the constraint " + shorten(expression) + ": ";
        List<Token> tokens;
        try {
            tokens = Tokens.of(expression);
        } catch (Tokens.Refused e) {
            refuse(line + e.line() - 1, where + e.getMessage());
            return;
        }
        Reader in = new Reader(tokens);
        Token first = in.next();
        if (first == null || first.kind() != Kind.IDENTIFIER) {
            refuse(line, where + "expected a property or predicate of " + simple(fact) + ", found " + shown(first));
            return;
        }
        String expected;
        Arg property = fact.properties().get(first.text());
        List<Call> predicate = fact.predicates().get(first.text());
        if (property != null && in.peekIs("==")) {
            in.next();
            Token value = in.next();
            boolean ok = property == Arg.STRING ? value != null && value.kind() == Kind.STRING
                    : value != null && (value.is("true") || value.is("false"));
            expected = ok ? null : (property == Arg.STRING ? "a string literal" : "true or false") + " after "
                    + first.text() + " ==, found " + shown(value);
        } else if (property == Arg.STRING && in.peekIs("in")) {
            in.next();
            List<Arg> values = new ArrayList<>();
            expected = in.arguments(values);
            if (expected == null && (values.isEmpty() || values.contains(Arg.INTEGER) || values.contains(Arg.BOOLEAN))) {
                expected = "string literals in (...)";
            }
        } else if (predicate != null && in.peekIs("(")) {
            List<Arg> args = new ArrayList<>();
            expected = in.arguments(args);
            if (expected == null && predicate.stream().noneMatch(c -> c.accepts(args))) {
                expected = "arguments for " + predicate.stream().map(Call::shown).toList();
            }
        } else {
            refuse(line, where + "expected " + (property != null ? first.text() + " == literal" + (property == Arg.STRING
                    ? " or " + first.text() + " in (...)" : "") : predicate != null ? first.text() + "(...)"
                    : "a property " + fact.properties().keySet() + " or predicate " + fact.predicates().keySet()
                            + " of " + simple(fact) + ", found " + first.text()));
            return;
        }
        if (expected == null && !in.atEnd()) {
            expected = "the end of the constraint, found " + in.next().shown()
                    + " (one comparison or predicate per constraint)";
        }
        if (expected != null) {
            refuse(line, where + "expected " + expected);
        }
    }

    // ($f.statement(literal, ...);)*
    private void consequence(String name, int line, String text, String variable, Fact fact) {
        List<Token> tokens;
        try {
            tokens = Tokens.of(text);
        } catch (Tokens.Refused e) {
            refuse(line + e.line() - 1, name + ": the consequence has " + e.getMessage());
            return;
        }
        Reader in = new Reader(tokens);
        while (!in.atEnd()) {
            Token start = in.next();
            int at = line + start.line() - 1;
            String where = name + ": statement at " + start.shown() + ": expected ";
            if (!start.is(variable)) {
                refuse(at, where + variable + ".statement(literal, ...); (only vocabulary statements on the matched"
                        + " fact), found " + start.shown());
                return;
            }
            Token dot = in.next();
            Token method = in.next();
            if (dot == null || !dot.is(".") || method == null || method.kind() != Kind.IDENTIFIER) {
                refuse(at, where + variable + ".statement, found " + shown(dot) + " " + shown(method));
                return;
            }
            List<Call> calls = fact.statements().get(method.text());
            if (calls == null) {
                refuse(at, name + ": " + method.text() + " is not a statement of " + simple(fact) + "; its statements are "
                        + fact.statements().keySet());
                return;
            }
            List<Arg> args = new ArrayList<>();
            String expected = in.peekIs("(") ? in.arguments(args) : "( after " + method.text();
            if (expected == null && calls.stream().noneMatch(c -> c.accepts(args))) {
                expected = "arguments for " + calls.stream().map(Call::shown).toList();
            }
            if (expected == null && !in.peekIs(";")) {
                expected = "; after " + method.text() + "(...), found " + shown(in.next());
            }
            if (expected != null) {
                refuse(at, name + ": statement " + method.text() + ": expected " + expected);
                return;
            }
            in.next();
        }
    }

    private void forbid(Collection<? extends BaseDescr> found, String what) {
        for (BaseDescr d : found) {
            refuse(d.getLine(), what + " (" + shorten(d.getText() != null ? d.getText() : d.toString())
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

    private static String simple(Fact fact) {
        return fact.className().substring(fact.className().lastIndexOf('.') + 1);
    }

    private static String shown(Token token) {
        return token == null ? "nothing" : token.shown();
    }

    private static String shorten(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        return one.length() <= 90 ? one : one.substring(0, 90) + "…";
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

    /** Reads tokens in order; the shared part of the constraint and statement grammars. */
    private static final class Reader {
        private final List<Token> tokens;
        private int next;

        Reader(List<Token> tokens) {
            this.tokens = tokens;
        }

        Token next() {
            return next < tokens.size() ? tokens.get(next++) : null;
        }

        boolean peekIs(String symbol) {
            return next < tokens.size() && tokens.get(next).is(symbol);
        }

        boolean atEnd() {
            return next >= tokens.size();
        }

        // ( literal, literal, ... ): adds each literal's kind; returns what was expected, or null.
        String arguments(List<Arg> kinds) {
            Token open = next();
            if (open == null || !open.is("(")) {
                return "(, found " + shown(open);
            }
            if (peekIs(")")) {
                next();
                return null;
            }
            while (true) {
                Token value = next();
                Arg kind = value == null ? null : switch (value.kind()) {
                    case STRING -> Arg.STRING;
                    case INTEGER -> Arg.INTEGER;
                    case IDENTIFIER -> value.is("true") || value.is("false") ? Arg.BOOLEAN : null;
                    case SYMBOL -> null;
                };
                if (kind == null) {
                    return "a literal argument (a string, an integer, true or false), found " + shown(value);
                }
                kinds.add(kind);
                Token after = next();
                if (after != null && after.is(")")) {
                    return null;
                }
                if (after == null || !after.is(",")) {
                    return ", or ) after " + value.shown() + ", found " + shown(after)
                            + " (arguments must be literals)";
                }
            }
        }
    }
}
