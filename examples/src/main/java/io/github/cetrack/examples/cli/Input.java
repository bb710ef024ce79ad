package io.github.cetrack.examples.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.License;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.json.CetrackJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The file {@code cetrack evaluate} reads: a licence, optionally the cycle, and the activities.
 *
 * @param license the licence
 * @param cycle the cycle to evaluate, or absent for the current one
 * @param activities the activities
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record Input(License license, RenewalCycle cycle, List<CeActivity> activities) {

    Input {
        activities = activities == null ? List.of() : activities;
    }

    /** Reads {@code file}, with errors a person can act on (missing, not UTF-8, not valid). */
    static Input read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of("file", "does not exist", file);
        } catch (CharacterCodingException e) {
            // A spreadsheet saved as Latin-1, a PDF, ...
            throw InvalidInputException.of("file", "must be UTF-8 text (save it as UTF-8 and try again)", file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(text);
    }

    /** Parses the JSON text of an input file. */
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
