package org.chorus.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chorus.application.AppealService;
import org.chorus.application.LocalizationService;
import org.chorus.application.MemoryViews.AnalysisView;
import org.chorus.application.PreTranslation;
import org.chorus.application.PublicationService;
import org.chorus.application.RevisionService;
import org.chorus.application.Views.AppealView;
import org.chorus.application.Views.LocalizationView;
import org.chorus.application.Views.NewAppeal;
import org.chorus.application.Views.RevisionReport;
import org.chorus.application.Views.RevisionView;
import org.chorus.application.Views.SegmentView;
import org.chorus.application.Views.TargetOption;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;
import org.chorus.translations.DocumentEngine;

/** Appeals: create one from its source document, read it, its segments and localizations. */
@Path("appeals")
@Produces(MediaType.APPLICATION_JSON)
public class AppealResource {

  @Inject private AppealService appeals;
  @Inject private LocalizationService localizations;
  @Inject private RevisionService revisions;
  @Inject private PublicationService publications;
  @Inject private PreTranslation preTranslation;

  @GET
  public List<AppealView> list() {
    return appeals.list();
  }

  /**
   * Creates an appeal from a multipart form: reference, title, sourceLocale, actUntil (yyyy-mm-dd,
   * optional), targets (repeated, SECTION/locale) and the source file as "source".
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response create(List<EntityPart> parts, @jakarta.ws.rs.core.Context UriInfo uri)
      throws IOException {
    String reference = null;
    String title = null;
    String sourceLocale = null;
    LocalDate actUntil = null;
    String fileName = null;
    byte[] content = null;
    List<String> targets = new ArrayList<>();
    List<String> doNotTranslate = new ArrayList<>();
    boolean preTranslate = true;
    for (EntityPart part : parts) {
      switch (part.getName()) {
        case "reference" -> reference = part.getContent(String.class);
        case "title" -> title = part.getContent(String.class);
        case "sourceLocale" -> sourceLocale = part.getContent(String.class);
        case "actUntil" -> actUntil = Bodies.date(part.getContent(String.class));
        case "targets" -> targets.add(part.getContent(String.class).strip());
        case "doNotTranslate" -> doNotTranslate.add(part.getContent(String.class));
        case "preTranslate" ->
            preTranslate = !"false".equalsIgnoreCase(part.getContent(String.class).strip());
        case "source" -> {
          fileName = part.getFileName().orElse(null);
          content = readLimited(part.getContent());
        }
        default -> {
          // unknown fields are ignored, as in HTML forms
        }
      }
    }
    if (fileName == null || content == null) {
      throw new InvalidInputException(Refusal.of("api.sourcePart"));
    }
    AppealView created =
        appeals.create(
            new NewAppeal(
                reference,
                title,
                sourceLocale,
                actUntil,
                fileName,
                content,
                targets,
                doNotTranslate),
            preTranslate);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  public AppealView get(@PathParam("id") long id) {
    return appeals.view(id);
  }

  @GET
  @Path("{id}/segments")
  public List<SegmentView> segments(@PathParam("id") long id) {
    return appeals.sourceSegments(id);
  }

  @GET
  @Path("{id}/localizations")
  public List<LocalizationView> localizations(@PathParam("id") long id) {
    return localizations.ofAppeal(id);
  }

  @GET
  @Path("{id}/source")
  @Produces(MediaType.WILDCARD)
  public Response source(@PathParam("id") long id) {
    return Files.download(appeals.source(id));
  }

  /**
   * Uploads a new revision of the source document (multipart, the file as "source"). Sentences are
   * aligned with the previous revision; the answer says how many stayed, changed, came and went.
   */
  @POST
  @Path("{id}/revisions")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response revise(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
    for (EntityPart part : parts) {
      if (part.getName().equals("source")) {
        RevisionReport report =
            revisions.revise(id, part.getFileName().orElse(null), readLimited(part.getContent()));
        return Response.status(Response.Status.CREATED).entity(report).build();
      }
    }
    throw new InvalidInputException(Refusal.of("api.revisionPart"));
  }

  @GET
  @Path("{id}/revisions")
  public List<RevisionView> revisions(@PathParam("id") long id) {
    return revisions.revisions(id);
  }

  /**
   * The memory analysis of each localization the caller takes part in (all, for coordinators):
   * words and segments per match band at its last pre-translation.
   */
  @GET
  @Path("{id}/analysis")
  public List<AnalysisView> analysis(@PathParam("id") long id) {
    return preTranslation.ofAppeal(id);
  }

  /** Marks a sentence adaptable or not: body {"adaptable": true}. Coordinators only. */
  @PUT
  @Path("{id}/segments/{key}/adaptable")
  @Consumes(MediaType.APPLICATION_JSON)
  public SegmentView adaptable(
      @PathParam("id") long id, @PathParam("key") String key, JsonObject body) {
    if (body == null || !body.containsKey("adaptable")) {
      throw new InvalidInputException(Refusal.of("api.flag", "{\"adaptable\": true}", "false"));
    }
    return appeals.markAdaptable(id, key, body.getBoolean("adaptable", false));
  }

  /** The current publication of each of the caller's languages of this appeal, as one zip. */
  @GET
  @Path("{id}/publications.zip")
  @Produces("application/zip")
  public Response publicationsZip(@PathParam("id") long id) {
    return Files.download(publications.zipOfAppeal(id));
  }

  @GET
  @Path("targets")
  public List<TargetOption> targets() {
    return appeals.targetOptions();
  }

  private static byte[] readLimited(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(DocumentEngine.MAX_BYTES + 1);
    if (bytes.length > DocumentEngine.MAX_BYTES) {
      throw new InvalidInputException(
          "The file is larger than " + DocumentEngine.MAX_BYTES / (1024 * 1024) + " MiB.");
    }
    return bytes;
  }
}
