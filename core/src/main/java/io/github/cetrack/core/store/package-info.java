/**
 * The storage SPI: where a tracker keeps tenants, licence holders, licences, CE activities,
 * certificates and saved evaluations. {@link io.github.cetrack.core.store.Store} opens one
 * tenant's {@link io.github.cetrack.core.store.Records}; every read and write goes through that
 * tenant-scoped view, so no call can reach another tenant's rows. {@code cetrack-storage-jdbc}
 * implements it on H2, PostgreSQL and MariaDB.
 */
package io.github.cetrack.core.store;
