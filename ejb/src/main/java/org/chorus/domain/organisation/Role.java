package org.chorus.domain.organisation;

/** What a member may do in a section. The coordinator role is held at tenant level instead. */
public enum Role {
  TRANSLATOR,
  REVIEWER,
  SECTION_ADMIN
}
