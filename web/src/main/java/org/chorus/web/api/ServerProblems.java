package org.chorus.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure of Chorus itself: logged with an incident number, answered without any detail of the
 * server (no stack trace, no class names), so that the caller can quote the number.
 */
@Provider
public class ServerProblems implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(ServerProblems.class.getName());

  @Override
  public Response toResponse(RuntimeException e) {
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Incident " + incident, e);
    return Problems.problem(
        500, "Something went wrong in Chorus (incident " + incident + "); please report it.");
  }
}
