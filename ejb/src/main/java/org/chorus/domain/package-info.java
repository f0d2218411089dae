/**
 * The domain model: JPA entities with behaviour, grouped by aggregate, and the errors that the
 * domain reports. Entities check their own invariants; they know nothing of pages, REST or Okapi.
 */
package org.chorus.domain;
