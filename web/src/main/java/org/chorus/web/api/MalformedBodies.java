package org.chorus.web.api;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not well-formed JSON: 400, saying where the JSON breaks. */
@Provider
public class MalformedBodies implements ExceptionMapper<JsonException> {

  @Override
  public Response toResponse(JsonException e) {
    String where =
        e instanceof JsonParsingException p && p.getLocation() != null
            ? " (line "
                + p.getLocation().getLineNumber()
                + ", column "
                + p.getLocation().getColumnNumber()
                + ")"
            : "";
    return Problems.problem(400, "The body is not well-formed JSON" + where + ".");
  }
}
