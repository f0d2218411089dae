/**
 * Use cases: one public method of a {@code @Stateless} service is one use case (load, ask the
 * domain, store). Pages and REST resources call these services and get records back, never
 * entities. Access is checked here, on the server, for every call.
 */
package org.chorus.application;
