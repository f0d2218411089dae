package org.chorus.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of DESIGN.md: web → ejb → translations, never back, each layer its own. */
class ArchitectureTest {

  private static JavaClasses chorus;

  @BeforeAll
  static void importAll() {
    chorus =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.chorus");
  }

  @Test
  void translationsIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage("org.chorus.translations..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..",
            "org.hibernate..",
            "org.primefaces..",
            "org.chorus.domain..",
            "org.chorus.application..",
            "org.chorus.infrastructure..",
            "org.chorus.web..")
        .check(chorus);
  }

  @Test
  void okapiStaysInsideTranslations() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.chorus.translations..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("net.sf.okapi..")
        .check(chorus);
  }

  @Test
  void theEjbModuleKnowsNoPagesAndNoWebLayer() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.chorus.domain..", "org.chorus.application..", "org.chorus.infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.faces..", "org.primefaces..", "org.chorus.web..", "jakarta.ws.rs..")
        .check(chorus);
  }

  @Test
  void theWebModuleHoldsNoPersistence() {
    noClasses()
        .that()
        .resideInAPackage("org.chorus.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.persistence..")
        .check(chorus);
  }

  @Test
  void theDomainDoesNotReachUp() {
    noClasses()
        .that()
        .resideInAPackage("org.chorus.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.chorus.application..")
        .check(chorus);
  }

  @Test
  void theWebModuleUsesOnlyTheEnginesGrammarAndLimits() {
    noClasses()
        .that()
        .resideInAPackage("org.chorus.web..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "engine classes other than Placeholder, Limits and Directions",
                (com.tngtech.archunit.core.domain.JavaClass c) ->
                    c.getPackageName().startsWith("org.chorus.translations")
                        && !c.getName().startsWith("org.chorus.translations.Placeholder")
                        && !c.getName().equals("org.chorus.translations.Limits")
                        && !c.getName().equals("org.chorus.translations.Directions")))
        .because("pages and API ask the services; only the placeholder grammar is shared")
        .check(chorus);
  }

  @Test
  void servicesHandOutViewsNotEntities() {
    noClasses()
        .that()
        .resideInAPackage("org.chorus.web..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(jakarta.persistence.Entity.class)
        .because("services return views; the web layer never holds an entity")
        .check(chorus);
  }
}
