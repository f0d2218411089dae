package org.chorus.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.chorus.application.MemoryService;
import org.chorus.application.MemoryViews.ConcordanceHit;
import org.chorus.application.MemoryViews.ImportView;
import org.chorus.application.MemoryViews.PairView;
import org.chorus.application.TmxService;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;

/**
 * The organisation's translation memory: its language pairs, the concordance, and TMX in and out.
 * Matches for a segment are under its localization ({@code /localizations/{id}/segments/{key}/
 * matches}).
 */
@Path("memory")
@Produces(MediaType.APPLICATION_JSON)
public class MemoryResource {

  static final String TMX = "application/x-tmx+xml";

  /** How long an import request waits for the import to end before answering 202. */
  private static final int MAX_WAIT_SECONDS = 30;

  @Inject private MemoryService memory;
  @Inject private TmxService tmx;

  /** The language pairs of the memory the caller may read, with their units. */
  @GET
  @Path("pairs")
  public List<PairView> pairs() {
    return memory.pairs();
  }

  /**
   * Units whose source (side=source), translation (side=target) or either (the default) holds a
   * word or phrase, newest first: ?q=...&source=en&target=fr-FR&limit=50 (at most 200).
   */
  @GET
  @Path("concordance")
  public List<ConcordanceHit> concordance(
      @QueryParam("q") String phrase,
      @QueryParam("side") String side,
      @QueryParam("source") String source,
      @QueryParam("target") String target,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return memory.concordance(phrase, side, source, target, limit);
  }

  /**
   * The memory as TMX 1.4b, streamed: ?source=en&target=fr-FR (a language or a locale; either may
   * be left out for all). Coordinators and section admins, with the units they may read.
   */
  @GET
  @Path("tmx")
  @Produces(TMX)
  public Response export(@QueryParam("source") String source, @QueryParam("target") String target) {
    tmx.requireExporter();
    StreamingOutput body = (OutputStream out) -> tmx.export(source, target, out);
    String name =
        "chorus-memory"
            + (source == null || source.isBlank() ? "" : "-" + safe(source))
            + (target == null || target.isBlank() ? "" : "-" + safe(target))
            + ".tmx";
    return Response.ok(body, TMX + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  /**
   * Imports a TMX file sent as the body (?section=FR for a section's memory; none: the whole
   * organisation's). See {@link #answer} for what it answers.
   */
  @POST
  @Path("tmx")
  @Consumes({TMX, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  public Response importTmx(
      InputStream body,
      @QueryParam("section") String section,
      @QueryParam("name") @DefaultValue("memory.tmx") String name,
      @QueryParam("wait") @DefaultValue("10") int wait,
      @jakarta.ws.rs.core.Context UriInfo uri)
      throws IOException {
    Uploads.Upload upload = Uploads.spool(body, name);
    return answer(tmx.start(upload.file(), upload.name(), section), wait, uri);
  }

  /** Imports a TMX file sent as the multipart field "file" (or "tmx"), with "section" optional. */
  @POST
  @Path("tmx")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response importTmxForm(
      List<EntityPart> parts,
      @QueryParam("wait") @DefaultValue("10") int wait,
      @jakarta.ws.rs.core.Context UriInfo uri)
      throws IOException {
    String section = null;
    Uploads.Upload upload = null;
    try {
      for (EntityPart part : parts) {
        switch (part.getName()) {
          case "section" -> section = part.getContent(String.class);
          case "file", "tmx" ->
              upload = Uploads.spool(part.getContent(), part.getFileName().orElse("memory.tmx"));
          default -> {
            // unknown fields are ignored, as in HTML forms
          }
        }
      }
    } catch (RuntimeException | IOException e) {
      if (upload != null) {
        upload.delete();
      }
      throw e;
    }
    if (upload == null) {
      throw new InvalidInputException(Refusal.of("memory.tmx.noFile"));
    }
    return answer(tmx.start(upload.file(), upload.name(), section), wait, uri);
  }

  /**
   * Waits up to {@code wait} seconds (at most 30) for the import to end: 201 with the import when
   * it is done, 422 with the line and the reason when the file is broken (nothing was imported),
   * else 202 with the import, whose progress {@code GET /api/memory/imports/{id}} tells.
   */
  private static Response answer(TmxService.Started started, int wait, UriInfo uri) {
    var location = uri.getBaseUriBuilder().path("memory/imports/{id}").build(started.view().id());
    ImportView now = started.view();
    try {
      now = started.done().get(Math.max(0, Math.min(MAX_WAIT_SECONDS, wait)), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      return Response.accepted(now).location(location).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Response.accepted(now).location(location).build();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    if (now.state().equals("REFUSED")) {
      throw new InvalidInputException(
          now.line() == null
              ? Refusal.of("memory.tmx.brokenNoLine", now.reason())
              : Refusal.of("memory.tmx.broken", now.line(), now.reason()));
    }
    if (!now.state().equals("DONE")) {
      throw new IllegalStateException("TMX import " + now.id() + " failed: " + now.reason());
    }
    return Response.created(location).entity(now).build();
  }

  /** An import's progress, or how it ended. */
  @GET
  @Path("imports/{id}")
  public ImportView progress(@PathParam("id") long id) {
    return tmx.progress(id);
  }

  private static String safe(String tag) {
    return tag.strip().replaceAll("[^A-Za-z0-9-]", "_");
  }
}
