package io.github.cetrack.examples.cli;

import java.io.PrintWriter;

/** A command that only groups subcommands: by itself it prints its usage, which lists them. */
abstract class Group extends Printing {

    @Override
    final int print(PrintWriter out) {
        spec.commandLine().usage(out);
        return Cetrack.OK;
    }
}
