package io.github.cetrack.catalog.tools.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict tokenizer for the Java-like text of a rule's constraints and consequence. It knows
 * strings, character literals and comments, so that what hides inside one of them is never read as
 * code and code is never hidden by one; it refuses what the rule grammar never needs (escapes,
 * character literals, text blocks, numbers other than plain integers, characters outside ASCII) by
 * throwing, so a caller sees one clear reason. Not API.
 */
public final class Tokens {

    /** What a token is. */
    public enum Kind { IDENTIFIER, STRING, INTEGER, SYMBOL }

    /**
     * One token.
     *
     * @param kind what it is
     * @param text its text; for a string, without the quotes
     * @param line its 1-based line within the tokenized text
     */
    public record Token(Kind kind, String text, int line) {

        /** Returns how the token reads in a message, like {@code "US-CA"} or {@code &&}. */
        public String shown() {
            return kind == Kind.STRING ? '"' + text + '"' : text;
        }

        boolean is(String symbolOrWord) {
            return (kind == Kind.SYMBOL || kind == Kind.IDENTIFIER) && text.equals(symbolOrWord);
        }
    }

    /**
     * Text the grammar refuses before any token is read, at a line of the tokenized text.
     */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        Refused(int line, String message) {
            super(message);
            this.line = line;
        }

        /** Returns the 1-based line within the tokenized text. */
        public int line() {
            return line;
        }
    }

    private static final List<String> PAIRS = List.of("==", "!=", "&&", "||", "->", "::", "<=", ">=", "++", "--");

    private Tokens() {}

    /** Returns the tokens of {@code text}, comments and white space left out. */
    public static List<Token> of(String text) throws Refused {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                i++;
            } else if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                if (close < 0) {
                    throw new Refused(line, "a comment that is never closed");
                }
                line += count(text, i, close, '\n');
                i = close + 2;
            } else if (c == '"') {
                i = string(text, i, line, out);
            } else if (c == '\'') {
                throw new Refused(line, "a character literal (" + excerpt(text, i) + "); only double-quoted strings");
            } else if (c >= '0' && c <= '9') {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                        || text.charAt(end) == '.')) {
                    end++;
                }
                String number = text.substring(i, end);
                if (!number.matches("0|[1-9][0-9]{0,8}")) {
                    throw new Refused(line, "the number " + number + "; only plain integers like 24");
                }
                out.add(new Token(Kind.INTEGER, number, line));
                i = end;
            } else if (isAsciiLetter(c) || c == '_' || c == '$') {
                int end = i + 1;
                while (end < text.length() && (isAsciiLetter(text.charAt(end)) || text.charAt(end) == '_'
                        || text.charAt(end) == '$' || (text.charAt(end) >= '0' && text.charAt(end) <= '9'))) {
                    end++;
                }
                out.add(new Token(Kind.IDENTIFIER, text.substring(i, end), line));
                i = end;
            } else if (c < 0x20 || c > 0x7e) {
                throw new Refused(line, String.format("the character U+%04X outside a string", (int) c));
            } else {
                String pair = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                String symbol = PAIRS.contains(pair) ? pair : String.valueOf(c);
                out.add(new Token(Kind.SYMBOL, symbol, line));
                i += symbol.length();
            }
        }
        return out;
    }

    // A string literal: double quotes, no escape, no line break, not a text block.
    private static int string(String text, int start, int line, List<Token> out) throws Refused {
        if (text.startsWith("\"\"\"", start)) {
            throw new Refused(line, "a text block (\"\"\"); only one-line string literals");
        }
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                out.add(new Token(Kind.STRING, text.substring(start + 1, i), line));
                return i + 1;
            }
            if (c == '\\') {
                throw new Refused(line, "a backslash escape in the string " + excerpt(text, start)
                        + "; string literals may not contain \\");
            }
            if (c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        throw new Refused(line, "a string literal that is not closed on its line: " + excerpt(text, start));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int count(String text, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Returns up to 40 characters of {@code text} from {@code start}, on one line, for a message. */
    static String excerpt(String text, int start) {
        int end = Math.min(text.length(), start + 40);
        int newline = text.indexOf('\n', start);
        if (newline >= 0 && newline < end) {
            end = newline;
        }
        return text.substring(start, end).strip() + (end < text.length() && end == start + 40 ? "…" : "");
    }
}
