package org.chorus.domain.localization;

/**
 * Someone acting on a localization, with what their memberships let them do there.
 *
 * @param username who acts
 * @param translates may write and submit translations
 * @param reviews may approve and reject
 * @param publishes may publish the localization
 */
public record Participant(String username, boolean translates, boolean reviews, boolean publishes) {
  public boolean takesPart() {
    return translates || reviews || publishes;
  }
}
