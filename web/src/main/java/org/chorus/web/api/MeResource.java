package org.chorus.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.chorus.application.AccountDirectory;
import org.chorus.application.CredentialService;
import org.chorus.application.CredentialService.NewToken;
import org.chorus.application.CredentialService.TokenView;
import org.chorus.application.Views.Me;
import org.chorus.application.Views.WorkItem;
import org.chorus.application.WorkService;
import org.chorus.domain.InvalidInputException;

/** Who the caller is (account, organisation, roles), and the caller's own credentials. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject private AccountDirectory accounts;

  @Inject private WorkService work;

  @Inject private CredentialService credentials;

  @Context private HttpServletRequest request;

  @GET
  public Me me() {
    return accounts.me();
  }

  /** The language of the pages for the caller: body {"language": "fr"}, or "" for the browser's. */
  @PUT
  @Path("language")
  @Consumes(MediaType.APPLICATION_JSON)
  public Me language(JsonObject body) {
    return accounts.chooseLanguage(Bodies.string(Bodies.require(body), "language"));
  }

  /** What is assigned to the caller, due soonest first, with what is left of each piece. */
  @GET
  @Path("work")
  public List<WorkItem> work() {
    return work.mine();
  }

  /**
   * Changes the caller's password: body {"currentPassword": "...", "newPassword": "..."}. Ends the
   * account's sessions; its tokens stay. A wrong current password counts as a failed sign-in.
   */
  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changePassword(JsonObject body) {
    Bodies.require(body);
    credentials.changePassword(
        Bodies.string(body, "currentPassword"),
        Bodies.string(body, "newPassword"),
        request.getRemoteAddr());
    return Response.noContent().build();
  }

  /**
   * Makes a personal access token: body {"name": "...", "expiresAt": "2027-01-30T12:00:00Z"}
   * (expiresAt optional; a bare date is the start of that day, UTC). The answer holds the token,
   * the only time it is ever shown.
   */
  @POST
  @Path("tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createToken(JsonObject body) {
    Bodies.require(body);
    NewToken t = credentials.createToken(Bodies.string(body, "name"), expiry(body));
    return Response.status(Response.Status.CREATED)
        .header("Cache-Control", "no-store")
        .entity(t)
        .build();
  }

  /** The caller's tokens (name, made, last used, expiry), newest first; never their secrets. */
  @GET
  @Path("tokens")
  public List<TokenView> tokens() {
    return credentials.tokens();
  }

  @DELETE
  @Path("tokens/{id}")
  public Response revokeToken(@PathParam("id") long id) {
    credentials.revokeToken(id);
    return Response.noContent().build();
  }

  private static Instant expiry(JsonObject body) {
    JsonValue v = body.get("expiresAt");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(v instanceof JsonString s) || s.getString().isBlank()) {
      throw new InvalidInputException(
          "\"expiresAt\" is a moment such as 2027-01-30T12:00:00Z or a date such as 2027-01-30.");
    }
    try {
      return Instant.parse(s.getString().strip());
    } catch (DateTimeParseException e) {
      return Bodies.date(s.getString()).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
  }
}
