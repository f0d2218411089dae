package org.chorus.domain;

/** No such thing for this caller (also what another tenant's id gets). */
public class NotFoundException extends ChorusException {

  /** How much of an id that nobody knows is repeated back: it may be anything a client sent. */
  private static final int SHOWN = 40;

  public NotFoundException(String what, Object id) {
    super(what + " " + shown(id) + " does not exist.");
  }

  private static String shown(Object id) {
    String s = String.valueOf(id).replaceAll("\\p{Cntrl}", "?");
    return s.length() > SHOWN ? s.substring(0, SHOWN) + "…" : s;
  }
}
