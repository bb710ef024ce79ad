package io.github.cetrack.examples.cli;

import com.fasterxml.jackson.core.JacksonException;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.json.CetrackJson;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(text);
    }

    static Input parse(String text) {
        try {
            Input input = CetrackJson.mapper().readValue(text, Input.class);
            if (input.license() == null) {
                throw InvalidInputException.of("license", "is required", null);
            }
            return input;
        } catch (JacksonException e) {
            throw CetrackJson.translate(e);
        }
    }
}
