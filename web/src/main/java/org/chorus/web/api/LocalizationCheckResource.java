package org.chorus.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.chorus.application.CheckService;
import org.chorus.application.CheckViews.CheckReport;
import org.chorus.application.CheckViews.IssueView;
import org.chorus.application.GlossaryViews.TermView;

/**
 * A localization's quality checks and glossary terms, for its participants: the report of the whole
 * localization, and a segment's issues and terms for the editor. Messages come in the language of
 * Accept-Language.
 */
@Path("localizations")
@Produces(MediaType.APPLICATION_JSON)
public class LocalizationCheckResource {

  @Inject private CheckService checks;

  /** Every check's findings in the localization: counts per check, the segments with issues. */
  @GET
  @Path("{id}/checks")
  public CheckReport report(@PathParam("id") long id) {
    return checks.report(id);
  }

  /** What the checks find in a segment's translation now. */
  @GET
  @Path("{id}/segments/{key}/checks")
  public List<IssueView> issues(@PathParam("id") long id, @PathParam("key") String key) {
    return checks.issues(id, key);
  }

  /** The glossary terms in the segment's source, with the target language's terms for each. */
  @GET
  @Path("{id}/segments/{key}/terms")
  public List<TermView> terms(@PathParam("id") long id, @PathParam("key") String key) {
    return checks.terms(id, key);
  }
}
