package org.chorus.domain;

/** No such thing for this caller (also what another tenant's id gets). */
public class NotFoundException extends ChorusException {

  /** How much of an id that nobody knows is repeated back: it may be anything a client sent. */
  private static final int SHOWN = 40;

  /**
   * @param what the kind of thing, in English; its key is {@code notFound.} and the kind in lower
   *     camel case ("Publication of appeal": {@code notFound.publicationOfAppeal})
   */
  public NotFoundException(String what, Object id) {
    super(Refusal.of("notFound." + key(what), shown(id)));
  }

  private static String key(String what) {
    StringBuilder key = new StringBuilder();
    for (String word : what.strip().split("\\s+")) {
      key.append(
          key.length() == 0
              ? word.toLowerCase(java.util.Locale.ROOT)
              : Character.toUpperCase(word.charAt(0))
                  + word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return key.toString();
  }

  private static String shown(Object id) {
    String s = String.valueOf(id).replaceAll("\\p{Cntrl}", "?");
    return s.length() > SHOWN ? s.substring(0, SHOWN) + "…" : s;
  }
}
