package io.github.cetrack.core.store;

import java.util.List;
import java.util.Optional;

/**
 * A database of tenants. A tenant is a CE platform's customer or one clinician's account; all
 * other records belong to exactly one tenant and are reached only through {@link #records}.
 */
public interface Store {

    /** Creates a tenant, like {@code store.createTenant(Tenant.of("acme", "Acme Counseling"))}. */
    Tenant createTenant(Tenant tenant);

    /** Returns the tenant with this id, if there is one. */
    Optional<Tenant> tenant(String id);

    /** Returns every tenant, ordered by id. */
    List<Tenant> tenants();

    /**
     * Returns the records of one tenant.
     *
     * @throws NotFoundException if there is no such tenant
     */
    Records records(String tenantId);
}
