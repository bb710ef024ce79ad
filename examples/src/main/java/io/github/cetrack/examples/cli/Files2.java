package io.github.cetrack.examples.cli;

import com.fasterxml.jackson.core.JacksonException;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.json.CetrackJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading input files with errors a person can act on. */
final class Files2 {

    private Files2() {}

    static Input readInput(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of("file", "does not exist", file);
        } catch (CharacterCodingException e) {
            throw notUtf8("file", file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(text);
    }

    /** The error for a file that is not UTF-8 text (a spreadsheet saved as Latin-1, a PDF, ...). */
    static InvalidInputException notUtf8(String field, Path file) {
        return InvalidInputException.of(field, "must be UTF-8 text (save it as UTF-8 and try again)", file);
    }

    static Input parse(String text) {
        try {
            Input input = CetrackJson.mapper().readValue(text, Input.class);
            if (input == null) {
                throw InvalidInputException.of("json", "must be an object with license, cycle and activities", "null");
            }
            if (input.license() == null) {
                throw InvalidInputException.of("license", "is required", null);
            }
            return input;
        } catch (JacksonException e) {
            throw CetrackJson.translate(e);
        }
    }
}
