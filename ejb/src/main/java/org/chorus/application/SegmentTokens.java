package org.chorus.application;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;
import org.chorus.application.Views.TokenView;
import org.chorus.translations.Token;

/** A segment's tokens stored as a small JSON array: [{"p":"{1}","k":"MARKUP","d":"<b>"}]. */
final class SegmentTokens {

  /** Looked up once: {@code Json.create...} looks the provider up again on every call. */
  static final JsonProvider JSON = JsonProvider.provider();

  private SegmentTokens() {}

  static String encode(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return null;
    }
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (Token t : tokens) {
      array.add(
          JSON.createObjectBuilder()
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
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .map(o -> new TokenView(o.getString("p"), o.getString("k"), o.getString("d")))
          .toList();
    }
  }

  /** The tokens as the document engine and the memory take them. */
  static List<Token> tokens(String json) {
    return decode(json).stream()
        .map(v -> new Token(v.placeholder(), Token.Kind.valueOf(v.kind()), v.display()))
        .toList();
  }
}
