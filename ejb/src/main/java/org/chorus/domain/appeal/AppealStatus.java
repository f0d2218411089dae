package org.chorus.domain.appeal;

/** Where an appeal is in its life. */
public enum AppealStatus {
  DRAFT,
  OPEN,
  CLOSED
}
