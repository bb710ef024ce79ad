/**
 * cetrack's storage on JDBC. Start with {@link io.github.cetrack.storage.JdbcStore}:
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.migrate(dataSource);     // or JdbcStore.open(dataSource)
 * Records records = store.records("acme");
 * }</pre>
 */
package io.github.cetrack.storage;
