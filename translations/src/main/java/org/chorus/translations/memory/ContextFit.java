package org.chorus.translations.memory;

/** How well the place a unit was translated in fits the place of the sentence looked up. */
public enum ContextFit {
  /** Different context, or unknown. */
  NONE,
  /** The same sentence before it or after it, not both. */
  ONE_NEIGHBOUR,
  /** The same context key, or the same sentences before and after it. */
  IN_CONTEXT
}
