package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Translation;

/**
 * The whole document in view, beside the editor: the source as it looks, or the localization as it
 * will be published with what is translated so far (drafts included; untranslated sentences show
 * the source). Safe HTML with a span per sentence (see the engine's preview package).
 */
@Stateless
public class PreviewService {

  /** Source previews of recent revisions: a revision never changes. */
  private static final Map<Long, String> SOURCES =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
              return size() > 32;
            }
          });

  @Inject private Access access;
  @Inject private Documents documents;
  @Inject private LocalizationService localizations;

  /**
   * @param translated the localization so far; otherwise the source
   */
  public String preview(long localizationId, boolean translated) {
    Localization loc = localizations.find(localizationId);
    access.participant(loc);
    Revision revision = documents.latestRevision(loc.getDocument());
    if (!translated) {
      String cached = SOURCES.get(revision.getId());
      if (cached == null) {
        cached = documents.preview(revision, null, Map.of(), Set.of());
        SOURCES.put(revision.getId(), cached);
      }
      return cached;
    }
    Map<String, String> texts = new HashMap<>();
    Set<String> adapted = new HashSet<>();
    for (Translation t : localizations.translations(loc)) {
      if (t.getText() != null && !t.getText().isEmpty() && !t.isRetired()) {
        texts.put(t.getSegmentKey(), t.getText());
        if (t.isAdapted()) {
          adapted.add(t.getSegmentKey());
        }
      }
    }
    return documents.preview(revision, loc.getTargetLocale(), texts, adapted);
  }
}
