package io.github.cetrack.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.examples.cli.Jar;
import io.github.cetrack.examples.cli.Jar.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cetrack platform} from the jar: a progress line on a terminal, none in a pipe. */
class PlatformIT {

    @TempDir
    Path tmp;

    @Test
    void progressIsDrawnOnATerminalOnly() throws Exception {
        Run piped = Jar.run(tmp, "platform", "--learners", "3000", "--out", "piped");
        assertThat(piped.exit()).as(piped.err()).isZero();
        assertThat(piped.out()).doesNotContain("\r").startsWith("Evaluated ").contains(" licences of 3,000 learners");
        assertThat(Files.readAllLines(tmp.resolve("piped/learners.jsonl"))).hasSize(3000);

        Run terminal = Jar.runOnTerminal(tmp, "platform", "--learners", "3000", "--out", "terminal");
        assertThat(terminal.exit()).as(terminal.err()).isZero();
        assertThat(terminal.out()).contains("\r3,000 learners of 3,000 (100%) (", " licences/s");
        assertThat(Files.readString(tmp.resolve("terminal/learners.jsonl")))
                .isEqualTo(Files.readString(tmp.resolve("piped/learners.jsonl")));
    }
}
