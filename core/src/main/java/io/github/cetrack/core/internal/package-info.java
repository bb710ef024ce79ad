/**
 * Implementation of cetrack-core. Not API: anything here may change or go away in any release, without
 * notice in the changelog. Use the public packages of the module instead.
 */
package io.github.cetrack.core.internal;
