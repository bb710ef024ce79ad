package io.github.cetrack.catalog.tools.internal;

import io.github.cetrack.catalog.tools.internal.Tokens.Kind;
import io.github.cetrack.catalog.tools.internal.Tokens.Token;
import io.github.cetrack.catalog.tools.internal.Vocabulary.Arg;
import io.github.cetrack.catalog.tools.internal.Vocabulary.Call;
import io.github.cetrack.catalog.tools.internal.Vocabulary.Fact;
import java.util.ArrayList;
import java.util.List;

/**
 * The two grammars of the Java text a rule file may hold, read on {@link Tokens}: a constraint is
 * one comparison or predicate with literal arguments, a consequence a sequence of vocabulary
 * statements on the matched fact. What breaks them is refused through {@code refuse}.
 */
final class Grammar {

    /** Where a refusal goes: the 1-based line and the message. */
    interface Refusals {
        void refuse(int line, String message);
    }

    private final Refusals refusals;

    Grammar(Refusals refusals) {
        this.refusals = refusals;
    }

    // property == "text" | property == true | property in ("a", ...) | predicate("text", ...)
    void constraint(String name, int line, String expression, Fact fact) {
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
    void consequence(String name, int line, String text, String variable, Fact fact) {
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

    private void refuse(int line, String message) {
        refusals.refuse(line, message);
    }

    static String simple(Fact fact) {
        return fact.className().substring(fact.className().lastIndexOf('.') + 1);
    }

    static String shown(Token token) {
        return token == null ? "nothing" : token.shown();
    }

    static String shorten(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        return one.length() <= 90 ? one : one.substring(0, 90) + "…";
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
