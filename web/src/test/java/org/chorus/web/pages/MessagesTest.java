package org.chorus.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pages speak English, French and Arabic: each has every text. */
class MessagesTest {

  @Test
  void everyLanguageHasEveryText() throws IOException {
    Set<Object> english = keys("");
    for (String language : new String[] {"_fr", "_ar", "_es"}) {
      assertEquals(english, keys(language), "messages" + language + ".properties");
    }
  }

  private static Set<Object> keys(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream(
            "/org/chorus/web/messages" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.keySet();
  }
}
