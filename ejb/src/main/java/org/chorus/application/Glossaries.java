package org.chorus.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.chorus.domain.terminology.GlossaryConcept;
import org.chorus.infrastructure.CallContext;
import org.chorus.translations.terminology.Glossary;
import org.chorus.translations.terminology.TermFinder;

/**
 * The caller's organisation's glossary for the other services: as the terminology engine knows it,
 * compiled for a language pair, and its names never to translate. A helper of the services, running
 * in their transactions.
 */
@Dependent
public class Glossaries {

  @PersistenceContext private EntityManager em;
  @Inject private GlossaryCache cache;

  Glossary current() {
    return cache.glossary(CallContext.tenant(), stamp(), this::load);
  }

  TermFinder finder(Locale source, Locale target) {
    return cache.finder(CallContext.tenant(), stamp(), this::load, source, target);
  }

  /** The terms of the do-not-translate entries, which documents lock as protected tokens. */
  Set<String> doNotTranslate() {
    return current().doNotTranslate();
  }

  /**
   * The glossary's stamp: a new random number with each change rather than a count, so that a
   * change rolled back after a server read its number can never be mistaken for a later one.
   */
  long stamp() {
    return ((Number)
            em.createNativeQuery("select glossary_version from tenant where code = ?1")
                .setParameter(1, CallContext.tenant())
                .getSingleResult())
        .longValue();
  }

  /** Marks the glossary changed, for every server's cache. */
  void changed() {
    em.createNativeQuery("update tenant set glossary_version = ?1 where code = ?2")
        .setParameter(1, ThreadLocalRandom.current().nextLong())
        .setParameter(2, CallContext.tenant())
        .executeUpdate();
  }

  /** Every entry with its terms, oldest first. */
  List<GlossaryConcept> entries() {
    return em.createQuery(
            "select distinct c from GlossaryConcept c left join fetch c.terms order by c.id",
            GlossaryConcept.class)
        .getResultList();
  }

  private Glossary load() {
    return new Glossary(entries().stream().map(GlossaryConcept::toConcept).toList());
  }
}
