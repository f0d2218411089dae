package org.chorus.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.chorus.application.PublicationService;

/** Published files, by publication id. */
@Path("publications")
public class PublicationResource {

  @Inject private PublicationService publications;

  @GET
  @Path("{id}/file")
  public Response file(@PathParam("id") long id) {
    return Files.download(publications.file(id));
  }
}
