package org.chorus.translations.memory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chorus.translations.Token;

/**
 * A unit as one compact byte array (UTF-8 texts, variable-length numbers), so that a million of
 * them cost little more than their text. Id, locales and scope are kept beside it by the index.
 */
final class UnitCodec {

  private UnitCodec() {}

  static byte[] encode(MemoryUnit u) {
    Out out = new Out(u.source().length() + u.target().length() + 32);
    out.string(u.source());
    out.string(u.target());
    out.number(u.tokens().size());
    for (Token t : u.tokens()) {
      out.string(t.placeholder());
      out.number(t.kind().ordinal());
      out.string(t.display());
    }
    out.string(u.context().key());
    out.fixed(u.context().previous());
    out.fixed(u.context().next());
    out.string(u.createdBy());
    out.number(u.createdAt() == null ? 0 : u.createdAt().toEpochMilli() + 1);
    out.number(u.properties().size());
    for (Map.Entry<String, String> e : u.properties().entrySet()) {
      out.string(e.getKey());
      out.string(e.getValue());
    }
    out.number(u.notes().size());
    for (String note : u.notes()) {
      out.string(note);
    }
    return out.bytes();
  }

  static MemoryUnit decode(byte[] b, long id, Locale source, Locale target, long scope) {
    In in = new In(b);
    String sourceText = in.string();
    String targetText = in.string();
    int tokenCount = (int) in.number();
    List<Token> tokens = new ArrayList<>(tokenCount);
    for (int i = 0; i < tokenCount; i++) {
      String placeholder = in.string();
      Token.Kind kind = Token.Kind.values()[(int) in.number()];
      tokens.add(new Token(placeholder, kind, in.string()));
    }
    MemoryContext context = new MemoryContext(in.string(), in.fixed(), in.fixed());
    String createdBy = in.string();
    long millis = in.number();
    int propertyCount = (int) in.number();
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 0; i < propertyCount; i++) {
      properties.put(in.string(), in.string());
    }
    int noteCount = (int) in.number();
    List<String> notes = new ArrayList<>(noteCount);
    for (int i = 0; i < noteCount; i++) {
      notes.add(in.string());
    }
    return new MemoryUnit(
        id,
        source,
        target,
        sourceText,
        targetText,
        tokens,
        context,
        scope,
        createdBy,
        millis == 0 ? null : Instant.ofEpochMilli(millis - 1),
        properties,
        notes);
  }

  /** The source and target texts alone, for searching them. */
  static String[] texts(byte[] b) {
    In in = new In(b);
    return new String[] {in.string(), in.string()};
  }

  /** Appends unsigned variable-length numbers (7 bits a byte) to a growing array. */
  static final class Out {
    private byte[] buf;
    private int size;

    Out(int capacity) {
      buf = new byte[Math.max(16, capacity)];
    }

    void number(long v) {
      while ((v & ~0x7FL) != 0) {
        put((byte) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      put((byte) v);
    }

    void fixed(long v) {
      for (int i = 0; i < 8; i++) {
        put((byte) (v >>> (8 * i)));
      }
    }

    void string(String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      number(utf8.length);
      ensure(utf8.length);
      System.arraycopy(utf8, 0, buf, size, utf8.length);
      size += utf8.length;
    }

    private void put(byte b) {
      ensure(1);
      buf[size++] = b;
    }

    private void ensure(int more) {
      if (size + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
      }
    }

    byte[] bytes() {
      return Arrays.copyOf(buf, size);
    }
  }

  static final class In {
    private final byte[] buf;
    private int pos;

    In(byte[] buf) {
      this.buf = buf;
    }

    long number() {
      long v = 0;
      int shift = 0;
      while (true) {
        byte b = buf[pos++];
        v |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
        shift += 7;
      }
    }

    long fixed() {
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v |= (buf[pos++] & 0xFFL) << (8 * i);
      }
      return v;
    }

    String string() {
      int n = (int) number();
      String s = new String(buf, pos, n, StandardCharsets.UTF_8);
      pos += n;
      return s;
    }
  }
}
