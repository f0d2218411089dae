/**
 * The REST API under {@code /api}: one resource class per area, each action a thin call to one
 * service method. Rules that hold for every action live here once: refusals become problem
 * documents ({@code Problems} and the other mappers), bodies are only the media types an action
 * declares ({@code RequestBodies}), lists come in pages ({@code Paging}). No business rule and no
 * persistence here; what may be done is the services' and the domain's to say.
 */
package org.chorus.web.api;
