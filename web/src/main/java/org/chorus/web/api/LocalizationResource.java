package org.chorus.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chorus.application.LocalizationService;
import org.chorus.application.MemoryService;
import org.chorus.application.MemoryViews;
import org.chorus.application.OfflineService;
import org.chorus.application.PreTranslation;
import org.chorus.application.PublicationService;
import org.chorus.application.Views;
import org.chorus.application.Views.ImportReport;
import org.chorus.application.Views.LocalizationView;
import org.chorus.application.Views.PublicationView;
import org.chorus.application.Views.SegmentView;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;

/**
 * A localization's segments and their review, and its publications. Every write names the version
 * it is based on, in If-Match (the segment's ETag) or as "version" in the body; a stale one gets
 * 412 with the current text.
 */
@Path("localizations")
@Produces(MediaType.APPLICATION_JSON)
public class LocalizationResource {

  @Inject private LocalizationService localizations;
  @Inject private PublicationService publications;
  @Inject private OfflineService offline;
  @Inject private org.chorus.application.WorkService work;
  @Inject private MemoryService memory;
  @Inject private PreTranslation preTranslation;

  /** The localization as XLIFF for a CAT tool: ?version=2.1 (default) or 1.2. */
  @GET
  @Path("{id}/xliff")
  @Produces(MediaType.WILDCARD)
  public Response exportXliff(
      @PathParam("id") long id, @QueryParam("version") @DefaultValue("2.1") String version) {
    if (!version.equals("2.1") && !version.equals("1.2")) {
      throw new InvalidInputException(Refusal.of("api.xliffVersion", String.valueOf(version)));
    }
    return Files.download(offline.export(id, version.equals("1.2")));
  }

  /** Takes back an XLIFF file exported from this localization; says what it changed. */
  @POST
  @Path("{id}/xliff")
  @Consumes({"application/xliff+xml", "application/xml", "text/xml", "application/octet-stream"})
  public ImportReport importXliff(@PathParam("id") long id, byte[] body) {
    if (body == null || body.length == 0) {
      throw new InvalidInputException(Refusal.of("api.xliffBody"));
    }
    return offline.importFile(id, body);
  }

  /** The localizations of the caller's sections, most urgent first. */
  @GET
  public List<LocalizationView> mine() {
    return localizations.mine();
  }

  @GET
  @Path("{id}")
  public LocalizationView get(@PathParam("id") long id) {
    return localizations.view(id);
  }

  @GET
  @Path("{id}/segments")
  public List<SegmentView> segments(@PathParam("id") long id) {
    return localizations.segments(id);
  }

  /**
   * Saves a draft translation: body {"text": "...", "version": n}, with "match": unitId when the
   * text came from a memory match (the history then says origin MEMORY with the match's score).
   */
  @PUT
  @Path("{id}/segments/{key}/translation")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response save(
      @PathParam("id") long id,
      @PathParam("key") String key,
      @HeaderParam("If-Match") String ifMatch,
      JsonObject body) {
    return changed(
        id,
        localizations.saveDraft(
            id,
            key,
            Bodies.string(body, "text"),
            basedOn(ifMatch, body),
            Bodies.number(body, "match")));
  }

  /**
   * The best memory matches for a segment (?limit=5, at most 9), best first. The answer's
   * Server-Timing header says what catching up with other servers, searching, and the whole service
   * call (checks and reads included) cost.
   */
  @GET
  @Path("{id}/segments/{key}/matches")
  public Response matches(
      @PathParam("id") long id,
      @PathParam("key") String key,
      @QueryParam("limit") @DefaultValue("5") int limit) {
    long start = System.nanoTime();
    MemoryViews.Matches m = memory.matches(id, key, limit);
    long total = (System.nanoTime() - start) / 1000;
    return Response.ok(m.matches())
        .header(
            "Server-Timing",
            "catchup;dur="
                + m.catchUpMicros() / 1000.0
                + ", search;dur="
                + m.searchMicros() / 1000.0
                + ", service;dur="
                + total / 1000.0)
        .build();
  }

  /** Words and segments per match band at the localization's last pre-translation. */
  @GET
  @Path("{id}/analysis")
  public MemoryViews.AnalysisView analysis(@PathParam("id") long id) {
    return preTranslation.analysis(id);
  }

  /**
   * Replaces an adaptable sentence with the section's own text: body {"text": "...", "version": n};
   * its placeholders may be left out.
   */
  @PUT
  @Path("{id}/segments/{key}/adaptation")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response adapt(
      @PathParam("id") long id,
      @PathParam("key") String key,
      @HeaderParam("If-Match") String ifMatch,
      JsonObject body) {
    return changed(
        id, localizations.adapt(id, key, Bodies.string(body, "text"), basedOn(ifMatch, body)));
  }

  /**
   * Approves the submitted translations a reviewer saw: body {"versions": {"key": version, ...}}.
   * Those that changed since, or that the reviewer translated, are skipped and listed.
   */
  @POST
  @Path("{id}/approvals")
  @Consumes(MediaType.APPLICATION_JSON)
  public LocalizationService.BulkReport approveAll(@PathParam("id") long id, JsonObject body) {
    JsonObject versions = body == null ? null : body.getJsonObject("versions");
    if (versions == null) {
      throw new InvalidInputException(
          Refusal.of("api.send", "{\"versions\": {\"segment key\": version, ...}}"));
    }
    Map<String, Long> map = new LinkedHashMap<>();
    versions.forEach((k, v) -> map.put(k, v instanceof JsonNumber n ? n.longValue() : null));
    return localizations.approveAll(id, map);
  }

  @GET
  @Path("{id}/segments/{key}/comments")
  public List<Views.CommentView> comments(@PathParam("id") long id, @PathParam("key") String key) {
    return localizations.comments(id, key);
  }

  /** Comments on a segment: body {"text": "..."}. */
  @POST
  @Path("{id}/segments/{key}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response comment(@PathParam("id") long id, @PathParam("key") String key, JsonObject body) {
    Views.CommentView c = localizations.comment(id, key, Bodies.string(body, "text"));
    return Response.status(Response.Status.CREATED).entity(c).build();
  }

  /** Every change of the segment's translation, newest first, with who, when and from where. */
  @GET
  @Path("{id}/segments/{key}/history")
  public List<Views.EventView> history(@PathParam("id") long id, @PathParam("key") String key) {
    return localizations.history(id, key);
  }

  /** Sets the due date: body {"dueDate": "2027-01-30"} (null: none). */
  @PUT
  @Path("{id}/due-date")
  @Consumes(MediaType.APPLICATION_JSON)
  public LocalizationView dueDate(@PathParam("id") long id, JsonObject body) {
    return localizations.setDueDate(id, Bodies.date(Bodies.string(body, "dueDate")));
  }

  @GET
  @Path("{id}/assignments")
  public List<Views.WorkItem> assignments(@PathParam("id") long id) {
    return work.ofLocalization(id);
  }

  /**
   * Assigns the localization, or a range of its segments: body {"username": "amelie", "task":
   * "TRANSLATE" or "REVIEW", "first": 1, "last": 10} (first and last optional, counted from 1).
   */
  @POST
  @Path("{id}/assignments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response assign(@PathParam("id") long id, JsonObject body) {
    if (body == null) {
      throw new InvalidInputException(Refusal.of("api.send", "{\"username\": ..., \"task\": ...}"));
    }
    Views.WorkItem item =
        work.assign(
            id,
            Bodies.string(body, "username"),
            Bodies.string(body, "task"),
            Bodies.integer(body, "first"),
            Bodies.integer(body, "last"));
    return Response.status(Response.Status.CREATED).entity(item).build();
  }

  @POST
  @Path("{id}/segments/{key}/submit")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(
      @PathParam("id") long id,
      @PathParam("key") String key,
      @HeaderParam("If-Match") String ifMatch,
      JsonObject body) {
    return changed(id, localizations.submit(id, key, basedOn(ifMatch, body)));
  }

  @POST
  @Path("{id}/segments/{key}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response approve(
      @PathParam("id") long id,
      @PathParam("key") String key,
      @HeaderParam("If-Match") String ifMatch,
      JsonObject body) {
    return changed(id, localizations.approve(id, key, basedOn(ifMatch, body)));
  }

  /** Rejects a translation back to the translator: body {"reason": "...", "version": n}. */
  @POST
  @Path("{id}/segments/{key}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reject(
      @PathParam("id") long id,
      @PathParam("key") String key,
      @HeaderParam("If-Match") String ifMatch,
      JsonObject body) {
    return changed(
        id, localizations.reject(id, key, basedOn(ifMatch, body), Bodies.string(body, "reason")));
  }

  @POST
  @Path("{id}/publications")
  public Response publish(@PathParam("id") long id) {
    Views.Published p = publications.publish(id);
    return Response.status(p.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(p.publication())
        .build();
  }

  @GET
  @Path("{id}/publications")
  public List<PublicationView> publicationsOf(@PathParam("id") long id) {
    return publications.of(id);
  }

  @GET
  @Path("{id}/publications/latest/file")
  @Produces(MediaType.WILDCARD)
  public Response latest(@PathParam("id") long id) {
    return Files.download(publications.latestFile(id));
  }

  /** Answers the segment with its version as ETag. */
  private static Response changed(long id, SegmentView s) {
    return Response.ok(s).tag(new EntityTag(Long.toString(s.version()))).build();
  }

  private static long basedOn(String ifMatch, JsonObject body) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
      try {
        return Long.parseLong(v);
      } catch (NumberFormatException e) {
        throw new InvalidInputException(Refusal.of("api.ifMatch"));
      }
    }
    if (body != null
        && body.get("version") != null
        && body.get("version").getValueType() == JsonValue.ValueType.NUMBER) {
      return body.getJsonNumber("version").longValue();
    }
    throw new InvalidInputException(
        "Say which version you changed: send If-Match with the segment's ETag, or \"version\".");
  }
}
