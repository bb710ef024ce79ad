package io.github.cetrack.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --db} option every tracker command takes. */
final class DbOption {

    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of the records (default: $CETRACK_DB, else jdbc:h2:~/.cetrack/cetrack). "
                    + "H2, PostgreSQL and MariaDB URLs work.")
    String url;
}
