package org.chorus.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Every list the API answers comes in pages: {@code ?offset=0&limit=500} by default, at most
 * {@value #MAX} items a page. The answer says the whole count ({@code X-Total-Count}) and links the
 * next and previous pages ({@code Link}, RFC 8288), so that no answer grows with the data.
 */
@Provider
public class Paging implements ContainerResponseFilter {

  static final int DEFAULT = 500;
  static final int MAX = 1000;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!"GET".equals(request.getMethod())
        || response.getStatus() != 200
        || !(response.getEntity() instanceof List<?> all)) {
      return;
    }
    var query = request.getUriInfo().getQueryParameters();
    Integer offset = number(query.getFirst("offset"), 0);
    Integer limit = number(query.getFirst("limit"), DEFAULT);
    if (offset == null || limit == null || limit < 1 || limit > MAX) {
      var problem =
          Problems.problem(
              400,
              "offset is a whole number from 0, and limit from 1 to "
                  + MAX
                  + " ("
                  + DEFAULT
                  + " when not given).");
      response.setStatus(400);
      response.setEntity(problem.getEntity(), null, MediaType.valueOf(Problems.PROBLEM_JSON));
      return;
    }
    int from = Math.min(offset, all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    response.setEntity(List.copyOf(all.subList(from, to)));
    response.getHeaders().putSingle("X-Total-Count", all.size());
    UriBuilder here = request.getUriInfo().getRequestUriBuilder();
    StringBuilder links = new StringBuilder();
    if (to < all.size()) {
      link(links, here, to, limit, "next");
    }
    if (from > 0) {
      link(links, here, Math.max(0, from - limit), limit, "prev");
    }
    if (links.length() > 0) {
      response.getHeaders().putSingle("Link", links.toString());
    }
  }

  private static void link(
      StringBuilder links, UriBuilder here, int offset, int limit, String rel) {
    if (links.length() > 0) {
      links.append(", ");
    }
    String uri =
        here.clone()
            .replaceQueryParam("offset", offset)
            .replaceQueryParam("limit", limit)
            .build()
            .toString();
    links.append('<').append(uri).append(">; rel=\"").append(rel).append('"');
  }

  /** A non-negative whole number, the fallback when absent, null when malformed. */
  private static Integer number(String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    if (!value.strip().matches("[0-9]{1,9}")) {
      return null;
    }
    return Integer.valueOf(value.strip());
  }
}
