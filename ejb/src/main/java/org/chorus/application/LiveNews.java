package org.chorus.application;

import java.io.Serializable;

/**
 * What the people who have a localization open are told live, on every server of the cluster:
 * segments that changed, and who is on which segment.
 */
public sealed interface LiveNews extends Serializable permits SegmentsChanged, LiveNews.Presence {

  /** The organisation whose people are told. */
  String tenant();

  /** The localization they have open. */
  long localizationId();

  /** Someone moved to a segment of the localization ({@code key} null: left it). */
  record Presence(String tenant, long localizationId, String username, String key)
      implements LiveNews {}
}
