package org.chorus.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.chorus.translations.checks.QualityChecks;
import org.chorus.translations.terminology.Glossary;
import org.chorus.translations.terminology.TermFinder;

/**
 * Each organisation's glossary as this server last read it, with its term finders compiled per
 * language pair, and the check engines built from them. An entry holds for one glossary stamp
 * (tenant.glossary_version, a new random number with every change): every use compares the stamp
 * read from the database, so a change made on any server is seen at once on every server.
 */
@ApplicationScoped
public class GlossaryCache {

  private static final int CHECK_ENGINES = 256;

  private record Compiled(long stamp, Glossary glossary, Map<String, TermFinder> finders) {}

  private final Map<String, Compiled> byTenant = new ConcurrentHashMap<>();

  private final Map<Object, QualityChecks> engines =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, QualityChecks> eldest) {
          return size() > CHECK_ENGINES;
        }
      };

  Glossary glossary(String tenant, long stamp, Supplier<Glossary> load) {
    return compiled(tenant, stamp, load).glossary();
  }

  TermFinder finder(
      String tenant, long stamp, Supplier<Glossary> load, Locale source, Locale target) {
    Compiled c = compiled(tenant, stamp, load);
    return c.finders()
        .computeIfAbsent(
            source.toLanguageTag() + ">" + target.toLanguageTag(),
            pair -> TermFinder.of(c.glossary(), source, target));
  }

  /**
   * The check engine for a key that names everything it is built from (organisation, glossary
   * stamp, settings version, language pair, protected names), built once.
   */
  QualityChecks checks(Object key, Supplier<QualityChecks> build) {
    synchronized (engines) {
      QualityChecks found = engines.get(key);
      if (found != null) {
        return found;
      }
    }
    QualityChecks built = build.get();
    synchronized (engines) {
      engines.put(key, built);
    }
    return built;
  }

  private Compiled compiled(String tenant, long stamp, Supplier<Glossary> load) {
    Compiled c = byTenant.get(tenant);
    if (c == null || c.stamp() != stamp) {
      c = new Compiled(stamp, load.get(), new ConcurrentHashMap<>());
      byTenant.put(tenant, c);
    }
    return c;
  }
}
