package org.chorus.translations;

/**
 * A placeholder of a segment and what it stands for, so that an editor can show it as a locked
 * token.
 *
 * @param placeholder as written in the segment text, e.g. {@code {1}} or {@code {p2/}}
 * @param kind markup (a tag) or protected content (never translated)
 * @param display what the token shows: the tag, or the protected text
 */
public record Token(String placeholder, Kind kind, String display) {
  public enum Kind {
    MARKUP,
    PROTECTED
  }
}
