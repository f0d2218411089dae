package org.chorus.domain.organisation;

import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;

/** A password the policy refuses; names the rule so that a page can say it in its language. */
public class WeakPasswordException extends InvalidInputException {

  /** The rules of {@link PasswordPolicy}, each with the refusal the API answers. */
  public enum Rule {
    TOO_SHORT(Refusal.of("password.tooShort", String.valueOf(PasswordPolicy.MIN_LENGTH))),
    TOO_LONG(Refusal.of("password.tooLong", String.valueOf(PasswordPolicy.MAX_LENGTH))),
    REPEATED(Refusal.of("password.repeated")),
    SEQUENCE(Refusal.of("password.sequence")),
    USERNAME(Refusal.of("password.username")),
    COMMON(Refusal.of("password.common"));

    private final Refusal refusal;

    Rule(Refusal refusal) {
      this.refusal = refusal;
    }
  }

  private final Rule rule;

  public WeakPasswordException(Rule rule) {
    super(rule.refusal);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
