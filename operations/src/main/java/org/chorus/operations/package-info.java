/**
 * What operators watch: Chorus's health checks and metrics, answered with WildFly's own by its
 * MicroProfile Health and Micrometer subsystems at the management interface. A library of the EAR
 * (its lib folder), because those subsystems look for beans only at the EAR's top level, not in its
 * EJB and web modules; so it reaches the application through JNDI and is told of saves and editors
 * by the modules, which see it.
 */
package org.chorus.operations;
