/**
 * The vocabulary catalogue rule files are written in: the facts a rule matches ({@link
 * io.github.cetrack.catalog.dsl.Renewal}, {@link io.github.cetrack.catalog.dsl.CycleQuery}, {@link
 * io.github.cetrack.catalog.dsl.LicenseTypes}) and the statements its consequence may make. A rule
 * file imports nothing else; a lint enforces it.
 */
package io.github.cetrack.catalog.dsl;
