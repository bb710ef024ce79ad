package io.github.cetrack.examples.cli;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.examples.platform.PlatformCommand;
import java.io.PrintWriter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cetrack} command line. Exit codes: 0 ok, 1 not compliant (commands that check
 * compliance), 2 bad input, 3 storage error.
 */
@Command(name = "cetrack", mixinStandardHelpOptions = true, version = "cetrack 0.1.0-SNAPSHOT",
        description = "Checks continuing-education hours against licensing boards' renewal rules.",
        footer = {"", "Exit codes: 0 ok, 1 not compliant, 2 bad input, 3 storage error.",
                "Example: cetrack evaluate examples/sample/ca-lcsw.json"})
public final class Cetrack implements Runnable {

    /** Everything fine (and, where checked, compliant). */
    public static final int OK = 0;
    /** The evaluated licence is not compliant. */
    public static final int NOT_COMPLIANT = 1;
    /** The input was invalid. */
    public static final int BAD_INPUT = 2;
    /** The records could not be read or written. */
    public static final int STORAGE_ERROR = 3;

    /**
     * The subcommands, in the order the usage lists them. They are registered in {@link #run}, not
     * in the annotation: picocli builds the model of every registered command before parsing, and
     * for all of them that is about half the time of a short command like {@code catalog list}.
     */
    static final List<Class<?>> COMMANDS = List.of(InitCommand.class, LicenseCommand.class, LogCommand.class,
            StatusCommand.class, ListCommand.class, EditCommand.class, DeleteCommand.class, ImportCommand.class,
            ExportCommand.class, RestoreCommand.class, ReportCommand.class, AuditPacketCommand.class,
            CalendarCommand.class, EvaluateCommand.class, CatalogCommand.class, DemoCommand.class, PlatformCommand.class);

    /**
     * The subcommands that use the catalogue: for them the catalogue starts loading on another
     * thread before anything else, so that its load (the larger part of a {@code status}) overlaps
     * with the parsing and the opening of the records.
     */
    static final java.util.Set<Class<?>> USE_CATALOG = java.util.Set.of(StatusCommand.class, CalendarCommand.class,
            CatalogCommand.class, EvaluateCommand.class, ReportCommand.class, AuditPacketCommand.class);

    // Held strongly: java.util.logging keeps loggers only weakly, and a collected logger loses its level.
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        // Hibernate Validator announces itself on java.util.logging; the CLI keeps stderr for errors.
        VALIDATOR_LOG.setLevel(Level.WARNING);
        Class<?> named = named(args);
        if (USE_CATALOG.contains(named)) {
            ComplianceEngine.create();
        }
        CommandLine cli = commandLine(named);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof java.io.UncheckedIOException
                || e instanceof io.github.cetrack.core.store.StoreException ? STORAGE_ERROR : BAD_INPUT);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println("cetrack: " + oneLine(e));
            return commandLine.getExitCodeExceptionMapper().getExitCode(e);
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            e.getCommandLine().getErr().println("cetrack: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for usage.");
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    /**
     * The command line for {@code args}: when the first argument names a subcommand, only that
     * one is registered (everything after it is its own); otherwise, as for {@code --help}, a
     * mistyped command or none, all of them, so that usage and suggestions are complete.
     */
    static CommandLine commandLine(String... args) {
        return commandLine(named(args));
    }

    private static CommandLine commandLine(Class<?> named) {
        CommandLine cli = new CommandLine(new Cetrack());
        for (Class<?> command : COMMANDS) {
            if (named == null || command == named) {
                cli.addSubcommand(command);
            }
        }
        return cli;
    }

    // The subcommand the first argument names, or null.
    private static Class<?> named(String... args) {
        return args.length == 0 ? null : COMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).findFirst().orElse(null);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String oneLine(Exception e) {
        if (e instanceof InvalidInputException invalid) {
            return Terminal.safe(invalid.getMessage());
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : Terminal.safe(message.lines().findFirst().orElse(message));
    }
}
