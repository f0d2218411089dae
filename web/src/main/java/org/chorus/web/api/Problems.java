package org.chorus.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.chorus.domain.BlockingIssuesException;
import org.chorus.domain.ChorusException;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.Refusal;
import org.chorus.domain.StaleWriteException;
import org.chorus.domain.StateConflictException;
import org.chorus.domain.TooManyAttemptsException;
import org.chorus.domain.UnsupportedDocumentException;

/**
 * Turns a refused action into an RFC 9457 problem document with a 4xx status: a stable {@code type}
 * per kind of problem, and the {@code detail} in the language of {@code Accept-Language}, with the
 * refusal's message {@code key} and {@code arguments} for programs.
 */
@Provider
public class Problems implements ExceptionMapper<ChorusException> {

  static final String PROBLEM_JSON = "application/problem+json";

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ChorusException e) {
    int status = status(e);
    Refusal refusal = e.refusal();
    JsonArrayBuilder arguments = Json.createArrayBuilder();
    refusal.arguments().forEach(a -> arguments.add(String.valueOf(a)));
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "/problems/" + kind(e))
            .add("title", title(status))
            .add("status", status)
            .add("detail", refusal.message(language()))
            .add("key", refusal.key())
            .add("arguments", arguments);
    Response.ResponseBuilder r = Response.status(status).type(PROBLEM_JSON);
    if (e instanceof StaleWriteException stale) {
      body.add("currentVersion", stale.currentVersion());
      if (stale.currentState() != null) {
        body.add("currentState", stale.currentState());
      }
      if (stale.currentText() != null) {
        body.add("currentText", stale.currentText());
      }
      r.tag(Long.toString(stale.currentVersion()));
    }
    if (e instanceof BlockingIssuesException blocked) {
      body.add("issues", issues(blocked));
    }
    if (e instanceof TooManyAttemptsException brake) {
      r.header("Retry-After", brake.retryAfterSeconds());
    }
    return r.entity(body.build().toString()).build();
  }

  /** The problems that blocked the action, each with its segment, check, key and message. */
  private JsonArrayBuilder issues(BlockingIssuesException blocked) {
    Locale language = language();
    JsonArrayBuilder issues = Json.createArrayBuilder();
    for (BlockingIssuesException.Problem p : blocked.problems()) {
      JsonArrayBuilder arguments = Json.createArrayBuilder();
      p.arguments().forEach(arguments::add);
      issues.add(
          Json.createObjectBuilder()
              .add("segment", p.segmentKey())
              .add("position", p.position())
              .add("check", p.check())
              .add("key", p.key())
              .add("arguments", arguments)
              .add("message", p.message().in(language)));
    }
    return issues;
  }

  /** A problem document with the usual title for its status. */
  static Response problem(int status, String detail) {
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title(status))
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString())
        .build();
  }

  /** The first language the caller accepts, English when none is given. */
  private Locale language() {
    List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
    return accepted.isEmpty() || accepted.get(0).getLanguage().equals("*")
        ? Locale.ENGLISH
        : accepted.get(0);
  }

  /** The stable name of a kind of problem, the last part of its type URI. */
  static String kind(ChorusException e) {
    if (e instanceof NotFoundException) {
      return "not-found";
    }
    if (e instanceof ForbiddenException) {
      return "forbidden";
    }
    if (e instanceof UnsupportedDocumentException) {
      return "unsupported-document";
    }
    if (e instanceof InvalidInputException) {
      return "invalid-input";
    }
    if (e instanceof StaleWriteException) {
      return "stale-write";
    }
    if (e instanceof TooManyAttemptsException) {
      return "too-many-attempts";
    }
    if (e instanceof BlockingIssuesException) {
      return "blocking-issues";
    }
    if (e instanceof StateConflictException) {
      return "state-conflict";
    }
    return "refused";
  }

  static String title(int status) {
    return switch (status) {
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 413 -> "Content Too Large";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 404 -> "Not Found";
      case 409 -> "Conflict";
      case 412 -> "Precondition Failed";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      default -> "Bad Request";
    };
  }

  private static int status(ChorusException e) {
    if (e instanceof NotFoundException) {
      return 404;
    }
    if (e instanceof ForbiddenException) {
      return 403;
    }
    if (e instanceof UnsupportedDocumentException) {
      return 415;
    }
    if (e instanceof InvalidInputException) {
      return 422;
    }
    if (e instanceof StaleWriteException) {
      return 412;
    }
    if (e instanceof TooManyAttemptsException) {
      return 429;
    }
    if (e instanceof StateConflictException) {
      return 409;
    }
    return 400;
  }
}
