package io.github.cetrack.storage.internal;

import io.github.cetrack.core.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 reader: comma-separated, double-quoted fields, CRLF or LF line ends. Not API. */
final class Csv {

    /** One record and the line it starts on (1-based). */
    record Row(int line, List<String> cells) {}

    private final Reader in;
    private int line = 1;
    private int peeked = -2;

    Csv(Reader in) {
        this.in = in;
    }

    /** Returns every record; a blank line is skipped. */
    static List<Row> read(Reader in) {
        Csv csv = new Csv(in);
        List<Row> rows = new ArrayList<>();
        try {
            if (csv.peek() == '\uFEFF') { // a byte-order mark, as spreadsheets write it
                csv.next();
            }
            Row row;
            while ((row = csv.row()) != null) {
                if (!(row.cells().size() == 1 && row.cells().get(0).isEmpty())) {
                    rows.add(row);
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw InvalidInputException.of("line " + csv.line, "must be UTF-8 text (save the file as UTF-8)", null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSV input", e);
        }
        return rows;
    }

    private Row row() throws IOException {
        if (peek() == -1) {
            return null;
        }
        int start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = next();
            if (quoted) {
                if (c == -1) {
                    throw InvalidInputException.of("line " + start, "has a quoted field that never ends", null);
                }
                if (c == '"') {
                    if (peek() == '"') {
                        next();
                        cell.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' && peek() == '\n') {
                // the \n ends the record
            } else if (c == '\n' || c == -1) {
                cells.add(cell.toString());
                return new Row(start, cells);
            } else {
                if (wasQuoted) {
                    throw InvalidInputException.of("line " + line, "has text after a closing quote", null);
                }
                cell.append((char) c);
            }
        }
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    private int next() throws IOException {
        int c = peek();
        peeked = -2;
        if (c == '\n') {
            line++;
        }
        return c;
    }
}
