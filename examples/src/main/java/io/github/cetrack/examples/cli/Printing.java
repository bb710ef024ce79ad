package io.github.cetrack.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that prints to its command line's output, which is standard output or the writer a
 * test passed to {@code Cetrack.run}, and flushes it once done.
 */
abstract class Printing implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int code = print(out);
        out.flush();
        return code;
    }

    /** Does the command's work, printing to {@code out}; returns its exit code. */
    abstract int print(PrintWriter out) throws IOException;
}
