/**
 * Technical plumbing under the domain: the tenant of the current call, schema migrations, password
 * hashing. Holds no business rule.
 */
package org.chorus.infrastructure;
