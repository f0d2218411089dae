package org.chorus.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;

/** Reading the fields of request bodies, with the same refusals everywhere. */
final class Bodies {
  private Bodies() {}

  static JsonObject require(JsonObject body) {
    if (body == null) {
      throw new InvalidInputException(Refusal.of("api.jsonObject"));
    }
    return body;
  }

  /** A text field, or null when the body or the field is missing or not text. */
  static String string(JsonObject body, String name) {
    JsonValue v = body == null ? null : body.get(name);
    return v instanceof JsonString s ? s.getString() : null;
  }

  static List<String> strings(JsonObject body, String name) {
    JsonValue v = body == null ? null : body.get(name);
    if (v instanceof JsonArray a) {
      return a.stream()
          .filter(JsonString.class::isInstance)
          .map(x -> ((JsonString) x).getString())
          .toList();
    }
    return List.of();
  }

  static Integer integer(JsonObject body, String name) {
    JsonValue v = body == null ? null : body.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return n.intValueExact();
    }
    throw new InvalidInputException(Refusal.of("api.wholeNumber", name));
  }

  /** A whole number such as an id, or null when absent. */
  static Long number(JsonObject body, String name) {
    JsonValue v = body == null ? null : body.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return n.longValueExact();
    }
    throw new InvalidInputException(Refusal.of("api.wholeNumber", name));
  }

  /** A date written yyyy-mm-dd; blank is none. */
  static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(Refusal.of("api.date", String.valueOf(value)));
    }
  }

  /**
   * The version a write is based on: If-Match (an ETag such as "3") or "version" in the body; null
   * when neither says.
   */
  static Long version(String ifMatch, JsonObject body) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
      try {
        return Long.parseLong(v);
      } catch (NumberFormatException e) {
        throw new InvalidInputException(Refusal.of("request.ifMatch"));
      }
    }
    JsonValue v = body == null ? null : body.get("version");
    return v instanceof JsonNumber n && n.isIntegral() ? n.longValue() : null;
  }

  /** A true/false field; absent or anything else is false. */
  static boolean flag(JsonObject body, String name) {
    return body != null && body.get(name) == JsonValue.TRUE;
  }
}
