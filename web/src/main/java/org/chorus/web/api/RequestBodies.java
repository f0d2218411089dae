package org.chorus.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The one rule for request bodies of actions: an action takes exactly the media types it declares
 * with {@code @Consumes} and nothing else (so no page of another site can send it a form or plain
 * text), an action that declares none takes no body, and a JSON action whose fields are all
 * optional may be sent without a body, as if it were {@code {}}.
 */
@Provider
public class RequestBodies implements ContainerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Context private ResourceInfo resource;

  /** Set on a request that came without a body and now carries {@code {}}. */
  private static final String NO_BODY = "chorus.noBody";

  /**
   * Before an action is chosen: a request without a body is given {@code {}} as JSON, so that an
   * action whose JSON fields are all optional matches it; the check after matching then lets it
   * through to actions that take no body too.
   */
  @Provider
  @PreMatching
  public static class Empty implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) throws IOException {
      if (!SAFE.contains(request.getMethod()) && !hasBody(request)) {
        request.setProperty(NO_BODY, true);
        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        request.setEntityStream(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (SAFE.contains(request.getMethod())
        || resource.getResourceMethod() == null
        || request.getProperty(NO_BODY) != null) {
      return;
    }
    List<MediaType> accepted = consumes();
    MediaType sent = request.getMediaType();
    if (accepted.isEmpty()) {
      request.abortWith(Problems.problem(415, "This action takes no body."));
    } else if (sent == null || accepted.stream().noneMatch(m -> m.isCompatible(sent))) {
      request.abortWith(
          Problems.problem(
              Response.Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode(),
              "This action takes "
                  + String.join(" or ", accepted.stream().map(MediaType::toString).toList())
                  + (sent == null ? ", with its Content-Type." : ", not " + sent + ".")));
    }
  }

  private List<MediaType> consumes() {
    Consumes c = resource.getResourceMethod().getAnnotation(Consumes.class);
    if (c == null) {
      c = resource.getResourceClass().getAnnotation(Consumes.class);
    }
    return c == null
        ? List.of()
        : Arrays.stream(c.value())
            .flatMap(v -> Arrays.stream(v.split(",")))
            .map(String::strip)
            .map(MediaType::valueOf)
            .toList();
  }

  /** Whether the request carries at least one byte of body; the stream is kept whole. */
  private static boolean hasBody(ContainerRequestContext request) throws IOException {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length != null && length.strip().equals("0")) {
      return false;
    }
    InputStream in = request.getEntityStream();
    if (in == null) {
      return false;
    }
    BufferedInputStream peek = new BufferedInputStream(in);
    peek.mark(1);
    boolean any = peek.read() >= 0;
    peek.reset();
    request.setEntityStream(peek);
    return any;
  }
}
