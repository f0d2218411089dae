package org.chorus.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.ArrayList;
import java.util.List;
import org.chorus.application.GlossaryService;
import org.chorus.application.GlossaryService.Format;
import org.chorus.application.GlossaryViews.ConceptInput;
import org.chorus.application.GlossaryViews.ConceptView;
import org.chorus.application.GlossaryViews.GlossaryImport;
import org.chorus.application.GlossaryViews.TermEntry;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;

/**
 * The organisation's glossary: entries (concepts) with their terms, searched, added, changed at a
 * version (If-Match or "version"; a stale one gets 412), deleted, and imported or exported as TBX
 * or CSV. Everyone reads; coordinators write, a section's admin changes terms of their languages.
 */
@Path("glossary")
@Produces(MediaType.APPLICATION_JSON)
public class GlossaryResource {

  @Inject private GlossaryService glossary;

  /** Entries whose terms, note or definition contain ?q= (all without it); ?language=fr narrows. */
  @GET
  public List<ConceptView> search(
      @QueryParam("q") String query, @QueryParam("language") String language) {
    return glossary.search(query, language);
  }

  @GET
  @Path("{id: [0-9]+}")
  public Response get(@PathParam("id") long id) {
    return tagged(glossary.concept(id), Response.Status.OK);
  }

  /**
   * Adds an entry: body {"subject", "definition", "note", "doNotTranslate": false, "terms":
   * [{"language": "en", "text": "urgent action", "status": "PREFERRED", "note": ""}, ...]}.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObject body) {
    return tagged(glossary.create(input(body)), Response.Status.CREATED);
  }

  /** Replaces an entry, as at a version (If-Match with its ETag, or "version" in the body). */
  @PUT
  @Path("{id: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
    Long version = Bodies.version(ifMatch, body);
    if (version == null) {
      throw new InvalidInputException(Refusal.of("glossary.versionNeeded"));
    }
    return tagged(glossary.update(id, version, input(body)), Response.Status.OK);
  }

  /** Deletes an entry; with If-Match, only if it is still at that version. */
  @DELETE
  @Path("{id: [0-9]+}")
  public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    glossary.delete(id, Bodies.version(ifMatch, null));
    return Response.noContent().build();
  }

  /** The glossary as TBX v3 Basic; ?source=en (default) puts that language's terms first. */
  @GET
  @Path("tbx")
  @Produces(MediaType.WILDCARD)
  public Response exportTbx(@QueryParam("source") String source) {
    return Files.download(glossary.export(Format.TBX, source));
  }

  /** The glossary as CSV (UTF-8 with a byte-order mark); ?source=en puts that column first. */
  @GET
  @Path("csv")
  @Produces(MediaType.WILDCARD)
  public Response exportCsv(@QueryParam("source") String source) {
    return Files.download(glossary.export(Format.CSV, source));
  }

  /**
   * Merges a TBX file (v3 Basic, or the older TBX-Basic) into the glossary, all or nothing; a
   * broken file gets 422 with the line and the reason. ?source=en names the language whose terms
   * identify entries (default: the file's first language).
   */
  @POST
  @Path("tbx")
  @Consumes({
    "application/x-tbx+xml",
    "application/tbx+xml",
    "application/xml",
    "text/xml",
    "application/octet-stream"
  })
  public GlossaryImport importTbx(@QueryParam("source") String source, byte[] body) {
    return glossary.importFile(body, Format.TBX, source);
  }

  /** Merges a CSV glossary, as {@link #importTbx}. */
  @POST
  @Path("csv")
  @Consumes({"text/csv", "application/octet-stream"})
  public GlossaryImport importCsv(@QueryParam("source") String source, byte[] body) {
    return glossary.importFile(body, Format.CSV, source);
  }

  private static Response tagged(ConceptView c, Response.Status status) {
    return Response.status(status).entity(c).tag(new EntityTag(Long.toString(c.version()))).build();
  }

  private static ConceptInput input(JsonObject body) {
    Bodies.require(body);
    List<TermEntry> terms = new ArrayList<>();
    JsonArray given = body.get("terms") instanceof JsonArray a ? a : null;
    if (given != null) {
      for (JsonValue v : given) {
        if (!(v instanceof JsonObject t)) {
          throw new InvalidInputException(Refusal.of("glossary.termObject"));
        }
        terms.add(
            new TermEntry(
                Bodies.string(t, "language"),
                Bodies.string(t, "text"),
                Bodies.string(t, "status"),
                Bodies.string(t, "note")));
      }
    }
    return new ConceptInput(
        Bodies.string(body, "subject"),
        Bodies.string(body, "definition"),
        Bodies.string(body, "note"),
        Bodies.flag(body, "doNotTranslate"),
        terms);
  }
}
