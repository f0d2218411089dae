/** Organisations (tenants), their sections, accounts and who holds which role where. */
package org.chorus.domain.organisation;
