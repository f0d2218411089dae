package org.chorus.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.chorus.domain.appeal.Appeal;
import org.chorus.domain.localization.Assignment;
import org.chorus.domain.localization.SegmentComment;
import org.chorus.domain.organisation.WeakPasswordException;
import org.junit.jupiter.api.Test;

/**
 * Refusals are said in the reader's language (that every language has every refusal is {@link
 * RefusalBundlesTest}'s).
 */
class RefusalTest {

  @Test
  void aRefusalIsSaidInTheReadersLanguageAndInEnglishInLogs() {
    NotFoundException e = new NotFoundException("Publication of appeal", 12);
    assertEquals("notFound.publicationOfAppeal", e.refusal().key());
    assertEquals("Appeal 12 has no publication in your languages yet.", e.getMessage());
    assertEquals(
        "L'appel 12 n'a encore aucune publication dans vos langues.",
        e.refusal().message(Locale.FRANCE));
    assertTrue(e.refusal().message(new Locale("ar")).contains("12"));
    assertEquals(e.getMessage(), e.refusal().message(Locale.GERMAN), "English when none fits");
    StaleWriteException stale = new StaleWriteException(3, 5, "x", "DRAFT");
    assertTrue(stale.refusal().message(Locale.FRENCH).contains("version 3"));
  }

  @Test
  void theDomainsRefusalsKeepTheirEnglishAndSayNumbersAsTheyAre() {
    InvalidInputException title =
        assertThrows(
            InvalidInputException.class,
            () -> new Appeal("UA 12/27", " ", Locale.ENGLISH, null, "amelie"));
    assertEquals("appeal.noTitle", title.refusal().key());
    assertEquals("An appeal needs a title.", title.getMessage());
    assertEquals("Un appel a besoin d'un titre.", title.refusal().message(Locale.FRENCH));
    InvalidInputException comment =
        assertThrows(
            InvalidInputException.class,
            () -> new SegmentComment(null, "s1", "amelie", "x".repeat(4001)));
    assertEquals("A comment may have at most 4000 characters.", comment.getMessage());
    assertEquals(
        "Segments 3\u20132 are not a range; count from 1, first to last.",
        assertThrows(
                InvalidInputException.class,
                () -> new Assignment(null, null, Assignment.Task.REVIEW, 3, 2, "amelie"))
            .getMessage());
    WeakPasswordException weak = new WeakPasswordException(WeakPasswordException.Rule.TOO_LONG);
    assertEquals("password.tooLong", weak.refusal().key());
    assertEquals("A password has at most 1000 characters.", weak.getMessage());
    assertTrue(weak.refusal().message(new Locale("ar")).contains("1000"));
  }

  @Test
  void aRefusalWithoutKeySaysItsText() {
    ForbiddenException e = new ForbiddenException("Only coordinators may do this.");
    assertEquals("text", e.refusal().key());
    assertEquals("Only coordinators may do this.", e.refusal().message(Locale.FRENCH));
  }
}
