package org.chorus.domain;

/** No such thing for this caller (also what another tenant's id gets). */
public class NotFoundException extends ChorusException {
  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist.");
  }
}
