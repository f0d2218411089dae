package org.chorus.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Requests the API cannot take at all (an unknown address, a method or media type an action does
 * not take, a body that is not JSON) as problem documents, like every other refusal.
 */
@Provider
public class ProtocolProblems implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    Response problem = Problems.problem(status, detail(status));
    if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
      return Response.fromResponse(problem)
          .header("Allow", e.getResponse().getHeaderString("Allow"))
          .build();
    }
    return problem;
  }

  private static String detail(int status) {
    return switch (status) {
      case 400 -> "The request could not be read: send well-formed JSON, as the API describes.";
      case 404 -> "There is no such address in the API; /openapi lists them.";
      case 405 -> "This address does not take that method; /openapi lists what it takes.";
      case 406 -> "This address cannot answer in the media type asked for.";
      case 415 -> "This action does not take that media type; /openapi says what it takes.";
      default -> "The request was refused.";
    };
  }
}
