package org.chorus.infrastructure;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Gives Hibernate the tenant of the current call (see {@link CallContext}). */
public class TenantResolver implements CurrentTenantIdentifierResolver<String> {

  @Override
  public String resolveCurrentTenantIdentifier() {
    return CallContext.tenant();
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return true;
  }

  @Override
  public boolean isRoot(String tenantId) {
    return CallContext.ALL_TENANTS.equals(tenantId);
  }
}
