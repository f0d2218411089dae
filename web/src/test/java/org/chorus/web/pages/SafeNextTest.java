package org.chorus.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeNextTest {

  @Test
  void aPlainPathInsideChorusIsKeptWithItsQuery() {
    assertEquals("/localization.xhtml?id=42", LoginBean.safeNext("/localization.xhtml?id=42"));
    assertEquals("/appeal.xhtml?id=7&x=%C3%A9", LoginBean.safeNext("/appeal.xhtml?id=7&x=%C3%A9"));
  }

  @Test
  void anythingElseGoesHome() {
    for (String next :
        new String[] {
          null,
          "",
          "\r\nSet-Cookie:x",
          "/\r\nSet-Cookie:x",
          "/index.xhtml\nLocation: https://evil.example",
          "//evil.example/",
          "/\\evil.example",
          "https://evil.example/",
          "javascript:alert(1)",
          "/a b",
          "/\"onmouseover",
          "/<script>",
          "/" + "a".repeat(2001)
        }) {
      assertEquals("/index.xhtml", LoginBean.safeNext(next), String.valueOf(next));
    }
  }
}
