package org.chorus.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.chorus.application.Views.TokenView;
import org.chorus.translations.Token;

/** A segment's tokens stored as a small JSON array: [{"p":"{1}","k":"MARKUP","d":"<b>"}]. */
final class SegmentTokens {
  private SegmentTokens() {}

  static String encode(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return null;
    }
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Token t : tokens) {
      array.add(
          Json.createObjectBuilder()
              .add("p", t.placeholder())
              .add("k", t.kind().name())
              .add("d", t.display()));
    }
    return array.build().toString();
  }

  static List<TokenView> decode(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .map(o -> new TokenView(o.getString("p"), o.getString("k"), o.getString("d")))
          .toList();
    }
  }
}
