package io.github.cetrack.storage.internal;

import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * Statements too long to read in Java, kept in {@code <Class>/<name>.sql} beside the class that
 * runs them. Read once, as written: no comments are stripped, so none belong in those files. Not API.
 */
final class Sql {

    private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.create();

    private Sql() {}

    static String of(Class<?> owner, String name) {
        return LOCATOR.locate(owner, name);
    }
}
