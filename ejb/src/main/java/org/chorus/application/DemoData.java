package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;
import org.chorus.application.Views.NewAppeal;
import org.chorus.domain.organisation.Account;
import org.chorus.domain.organisation.Membership;
import org.chorus.domain.organisation.Role;
import org.chorus.domain.organisation.Section;
import org.chorus.domain.organisation.Tenant;
import org.chorus.infrastructure.CallContext;
import org.chorus.infrastructure.PasswordHasher;

/**
 * The demo organisation created on a first start: an invented NGO with an international office,
 * five sections (one right-to-left, one CJK), its people, a glossary, the translation memory of an
 * earlier appeal and one appeal ready to translate.
 */
@Stateless
public class DemoData {

  public static final String TENANT = "lumen";
  public static final String PASSWORD = "chorus-demo";

  /** A second organisation, so that anyone can see that tenants never meet. */
  public static final String OTHER_TENANT = "aurora";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private AppealService appeals;
  @Inject private LocalizationService localizations;
  @Inject private WorkService work;
  @Inject private GlossaryService glossary;
  @Inject private TmxService tmx;
  @Inject private DemoData self;

  /** Adds the demo organisation when the database has no tenant at all. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void addIfFirstStart() {
    boolean added = CallContext.callAs(TENANT, "system", () -> self.addOrganisation());
    if (!added) {
      return;
    }
    CallContext.callAs(
        TENANT,
        "carla",
        () ->
            glossary.importFile(resource("/demo/glossary.tbx"), GlossaryService.Format.TBX, "en"));
    // the memory of an earlier appeal, as a CAT tool exported it: the editor offers its matches
    CallContext.callAs(TENANT, "carla", () -> importMemory("/demo/memory.tmx"));
    Views.AppealView demo =
        CallContext.callAs(
            TENANT,
            "carla",
            () ->
                appeals.create(
                    new NewAppeal(
                        "UA 101.26",
                        "Songwriter held without charge for a protest song",
                        "en",
                        LocalDate.now().plusDays(21),
                        "ua-101-26.html",
                        resource("/demo/ua-101-26.html"),
                        List.of("FR/fr-FR", "MAG/ar", "JP/ja", "ES/es-ES"),
                        List.of("Aigerim Bekova", "Tomas Varga"))));
    // the French section's admin gives out the work, so that "my work" has something to show
    long french =
        CallContext.callAs(
            TENANT,
            "carla",
            () ->
                localizations.ofAppeal(demo.id()).stream()
                    .filter(l -> l.targetLocale().equals("fr-FR"))
                    .findFirst()
                    .orElseThrow()
                    .id());
    CallContext.callAs(
        TENANT,
        "sophie",
        () -> {
          work.assign(french, "amelie", "TRANSLATE", 1, 20);
          return work.assign(french, "bruno", "REVIEW", null, null);
        });
    CallContext.callAs(OTHER_TENANT, "system", () -> self.addOtherOrganisation());
    LOG.info(
        "Demo organisation added. Sign in as carla (coordinator), amelie or yuki (translators),"
            + " bruno or kenji (reviewers), password "
            + PASSWORD);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean addOrganisation() {
    Long tenants = em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult();
    if (tenants > 0) {
      return false;
    }
    em.persist(new Tenant(TENANT, "Lumen Rights International", false));
    Map<String, Section> sections = new HashMap<>();
    section(sections, "INT", "International Office", "en");
    section(sections, "FR", "Section France", "fr-FR");
    section(sections, "ES", "Sección España", "es-ES");
    section(sections, "MAG", "Maghreb Section", "ar");
    section(sections, "JP", "Japan Section", "ja");
    section(sections, "DE", "Sektion Schweiz", "de-CH", "fr-CH");
    // demo accounts keep the password published in the README and the log, and are not asked to
    // change it as accounts opened by someone else are: they exist for anyone to try Chorus with
    String hash = PasswordHasher.hash(PASSWORD.toCharArray());
    Account carla = account("carla", "Carla Mendes", hash, true);
    member(account("amelie", "Amélie Laurent", hash, false), sections.get("FR"), Role.TRANSLATOR);
    member(account("bruno", "Bruno Petit", hash, false), sections.get("FR"), Role.REVIEWER);
    member(
        account("sophie", "Sophie Marchand", hash, false), sections.get("FR"), Role.SECTION_ADMIN);
    member(account("fatima", "فاطمة الزهراء", hash, false), sections.get("MAG"), Role.TRANSLATOR);
    member(account("omar", "Omar Haddad", hash, false), sections.get("MAG"), Role.REVIEWER);
    member(account("yuki", "佐藤 由紀", hash, false), sections.get("JP"), Role.TRANSLATOR);
    member(account("kenji", "Kenji Watanabe", hash, false), sections.get("JP"), Role.REVIEWER);
    member(account("lucia", "Lucía Romero", hash, false), sections.get("ES"), Role.TRANSLATOR);
    member(carla, sections.get("INT"), Role.SECTION_ADMIN);
    return true;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean addOtherOrganisation() {
    em.persist(new Tenant(OTHER_TENANT, "Aurora Watch", false));
    Section office =
        new Section("HQ", "Aurora Head Office", List.of(Locale.ENGLISH, Locale.FRENCH));
    em.persist(office);
    Account ines =
        account("ines", "Inès Moreau", PasswordHasher.hash(PASSWORD.toCharArray()), true);
    member(ines, office, Role.TRANSLATOR);
    return true;
  }

  private void section(Map<String, Section> sections, String code, String name, String... locales) {
    Section s =
        new Section(
            code, name, java.util.Arrays.stream(locales).map(Locale::forLanguageTag).toList());
    em.persist(s);
    sections.put(code, s);
  }

  private Account account(String username, String name, String hash, boolean coordinator) {
    Account a = new Account(username, name, hash, coordinator);
    em.persist(a);
    return a;
  }

  private void member(Account a, Section s, Role role) {
    em.persist(new Membership(a, s, role));
  }

  /** Imports a TMX file for the whole organisation and waits until it is in. */
  private MemoryViews.ImportView importMemory(String path) {
    try {
      Path file = Files.createTempFile("chorus-demo-", ".tmx");
      Files.write(file, resource(path));
      return tmx.start(file, "ua-87-26.tmx", null).done().get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("The demo memory was not imported", e.getCause());
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = DemoData.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
