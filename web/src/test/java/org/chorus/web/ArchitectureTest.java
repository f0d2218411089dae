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
}
