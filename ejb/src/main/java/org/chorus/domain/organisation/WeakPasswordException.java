package org.chorus.domain.organisation;

import org.chorus.domain.InvalidInputException;

/** A password the policy refuses; names the rule so that a page can say it in its language. */
public class WeakPasswordException extends InvalidInputException {

  /** The rules of {@link PasswordPolicy}, each with the message the API answers. */
  public enum Rule {
    TOO_SHORT("A password has at least " + PasswordPolicy.MIN_LENGTH + " characters."),
    TOO_LONG("A password has at most " + PasswordPolicy.MAX_LENGTH + " characters."),
    REPEATED(
        "A password may not repeat one character or a short pattern (like aaaaaaaaaa or"
            + " abababab)."),
    SEQUENCE("A password may not be a simple sequence such as 1234567890 or qwertyuiop."),
    USERNAME("A password may not contain the username."),
    COMMON("This password is one of the most common ones; choose another.");

    private final String message;

    Rule(String message) {
      this.message = message;
    }
  }

  private final Rule rule;

  public WeakPasswordException(Rule rule) {
    super(rule.message);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
