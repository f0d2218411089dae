package org.chorus.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
    require(body);
    SectionView s =
        organisation.createSection(
            string(body, "code"), string(body, "name"), strings(body, "locales"));
    return Response.status(Response.Status.CREATED).entity(s).build();
  }

  /** Renames a section and sets its languages: body {"name": "...", "locales": [...]}. */
  @PUT
  @Path("sections/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public SectionView updateSection(@PathParam("id") long id, JsonObject body) {
    require(body);
    return organisation.updateSection(id, string(body, "name"), strings(body, "locales"));
  }

  /**
   * Adds a member: body {"username": "...", "role": "TRANSLATOR" | "REVIEWER" | "SECTION_ADMIN",
   * "locales": [...]} (locales optional: all of the section's).
   */
  @POST
  @Path("sections/{id}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addMember(@PathParam("id") long id, JsonObject body) {
    require(body);
    SectionView s =
        organisation.addMember(
            id, string(body, "username"), string(body, "role"), strings(body, "locales"));
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
    require(body);
    MemberView m =
        organisation.createAccount(
            string(body, "username"), string(body, "displayName"), string(body, "password"));
    return Response.status(Response.Status.CREATED).entity(m).build();
  }

  /** Makes an account a coordinator or not: body {"coordinator": true}. Coordinators only. */
  @PUT
  @Path("accounts/{username}/coordinator")
  @Consumes(MediaType.APPLICATION_JSON)
  public MemberView coordinator(@PathParam("username") String username, JsonObject body) {
    require(body);
    if (!body.containsKey("coordinator")) {
      throw new InvalidInputException("Send {\"coordinator\": true} or false.");
    }
    return organisation.setCoordinator(username, body.getBoolean("coordinator", false));
  }

  @GET
  @Path("settings")
  public Settings settings() {
    return organisation.settings();
  }

  /** Sets the review rule and pace: body {"allowSelfReview": false, "wordsPerDay": 1500}. */
  @PUT
  @Path("settings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Settings configure(JsonObject body) {
    require(body);
    Settings current = organisation.settings();
    boolean self = body.getBoolean("allowSelfReview", current.allowSelfReview());
    int pace = body.getInt("wordsPerDay", current.wordsPerDay());
    return organisation.configure(self, pace);
  }

  @DELETE
  @Path("assignments/{id}")
  public Response unassign(@PathParam("id") long id) {
    work.unassign(id);
    return Response.noContent().build();
  }

  private static void require(JsonObject body) {
    if (body == null) {
      throw new InvalidInputException("Send a JSON object.");
    }
  }

  private static String string(JsonObject body, String name) {
    JsonValue v = body.get(name);
    return v instanceof JsonString s ? s.getString() : null;
  }

  private static List<String> strings(JsonObject body, String name) {
    JsonValue v = body.get(name);
    if (v instanceof JsonArray a) {
      return a.stream()
          .filter(JsonString.class::isInstance)
          .map(x -> ((JsonString) x).getString())
          .toList();
    }
    return List.of();
  }
}
