package org.chorus.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.chorus.application.OrganisationService;
import org.chorus.application.Views.MemberView;
import org.chorus.application.Views.SectionView;
import org.chorus.application.Views.Settings;
import org.chorus.application.WorkService;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;

/**
 * The organisation: sections and their members, accounts, settings, and removing assignments.
 * Coordinators manage sections and settings; section admins manage their section's members.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

  @Inject private OrganisationService organisation;
  @Inject private WorkService work;

  @GET
  @Path("sections")
  public List<SectionView> sections() {
    return organisation.sections();
  }

  /** Creates a section: body {"code": "BE", "name": "...", "locales": ["fr-BE", "nl-BE"]}. */
  @POST
  @Path("sections")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createSection(JsonObject body) {
    Bodies.require(body);
    SectionView s =
        organisation.createSection(
            Bodies.string(body, "code"),
            Bodies.string(body, "name"),
            Bodies.strings(body, "locales"));
    return Response.status(Response.Status.CREATED).entity(s).build();
  }

  /** Renames a section and sets its languages: body {"name": "...", "locales": [...]}. */
  @PUT
  @Path("sections/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public SectionView updateSection(@PathParam("id") long id, JsonObject body) {
    Bodies.require(body);
    return organisation.updateSection(
        id, Bodies.string(body, "name"), Bodies.strings(body, "locales"));
  }

  /**
   * Adds a member: body {"username": "...", "role": "TRANSLATOR" | "REVIEWER" | "SECTION_ADMIN",
   * "locales": [...]} (locales optional: all of the section's).
   */
  @POST
  @Path("sections/{id}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addMember(@PathParam("id") long id, JsonObject body) {
    Bodies.require(body);
    SectionView s =
        organisation.addMember(
            id,
            Bodies.string(body, "username"),
            Bodies.string(body, "role"),
            Bodies.strings(body, "locales"));
    return Response.status(Response.Status.CREATED).entity(s).build();
  }

  @DELETE
  @Path("memberships/{id}")
  public Response removeMember(@PathParam("id") long id) {
    organisation.removeMember(id);
    return Response.noContent().build();
  }

  /** Opens an account: body {"username": "...", "displayName": "...", "password": "..."}. */
  @POST
  @Path("accounts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createAccount(JsonObject body) {
    Bodies.require(body);
    MemberView m =
        organisation.createAccount(
            Bodies.string(body, "username"),
            Bodies.string(body, "displayName"),
            Bodies.string(body, "password"));
    return Response.status(Response.Status.CREATED).entity(m).build();
  }

  /** Makes an account a coordinator or not: body {"coordinator": true}. Coordinators only. */
  @PUT
  @Path("accounts/{username}/coordinator")
  @Consumes(MediaType.APPLICATION_JSON)
  public MemberView coordinator(@PathParam("username") String username, JsonObject body) {
    Bodies.require(body);
    if (!body.containsKey("coordinator")) {
      throw new InvalidInputException(Refusal.of("api.flag", "{\"coordinator\": true}", "false"));
    }
    return organisation.setCoordinator(username, body.getBoolean("coordinator", false));
  }

  @GET
  @Path("settings")
  public Settings settings() {
    return organisation.settings();
  }

  /**
   * Sets the review rule, pace and pre-translation: body {"allowSelfReview": false, "wordsPerDay":
   * 1500, "preTranslateSubmit": false, "preTranslateFuzzyFrom": 85 or null (off)}; fields left out
   * keep their values.
   */
  @PUT
  @Path("settings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Settings configure(JsonObject body) {
    Bodies.require(body);
    Settings current = organisation.settings();
    boolean self = body.getBoolean("allowSelfReview", current.allowSelfReview());
    int pace = body.getInt("wordsPerDay", current.wordsPerDay());
    Settings configured = organisation.configure(self, pace);
    if (body.containsKey("preTranslateSubmit") || body.containsKey("preTranslateFuzzyFrom")) {
      configured =
          organisation.configurePreTranslation(
              body.getBoolean("preTranslateSubmit", current.preTranslateSubmit()),
              body.containsKey("preTranslateFuzzyFrom")
                  ? Bodies.integer(body, "preTranslateFuzzyFrom")
                  : current.preTranslateFuzzyFrom());
    }
    return configured;
  }

  /**
   * Keeps a section's translation memory to its own localizations, or shares it with the whole
   * organisation (the default): body {"private": true}. Coordinators and the section's admins.
   */
  @PUT
  @Path("sections/{id}/memory")
  @Consumes(MediaType.APPLICATION_JSON)
  public SectionView memoryPrivacy(@PathParam("id") long id, JsonObject body) {
    Bodies.require(body);
    if (!body.containsKey("private")) {
      throw new InvalidInputException(Refusal.of("memory.privacy.body"));
    }
    return organisation.keepMemoryPrivate(id, body.getBoolean("private", false));
  }

  @DELETE
  @Path("assignments/{id}")
  public Response unassign(@PathParam("id") long id) {
    work.unassign(id);
    return Response.noContent().build();
  }
}
