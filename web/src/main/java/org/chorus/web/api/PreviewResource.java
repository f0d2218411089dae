package org.chorus.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.chorus.application.PreviewService;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;

/**
 * A localization's document as it looks, for the editor's side panel: a page of its own, shown in a
 * sandboxed frame of the editor (no script runs in it, by the frame's sandbox and by its own
 * Content-Security-Policy), whose sentences the editor highlights as the translator moves.
 */
@Path("localizations/{id}/preview")
public class PreviewResource {

  @Inject private PreviewService previews;
  @Context private HttpServletRequest request;

  /**
   * @param mode {@code source} or {@code translation} (the localization so far)
   */
  @GET
  @Produces("text/html")
  public Response preview(
      @PathParam("id") long id, @QueryParam("mode") @DefaultValue("translation") String mode) {
    if (!mode.equals("source") && !mode.equals("translation")) {
      throw new InvalidInputException(Refusal.of("preview.mode", mode));
    }
    String fragment = previews.preview(id, mode.equals("translation"));
    String page =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\""
            + request.getContextPath()
            + "/jakarta.faces.resource/preview.css.xhtml?ln=chorus\"></head><body>"
            + fragment
            + "</body></html>";
    return Response.ok(page, "text/html; charset=UTF-8").build();
  }
}
