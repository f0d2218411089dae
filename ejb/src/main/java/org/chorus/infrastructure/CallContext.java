package org.chorus.infrastructure;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Who is calling, on this thread: the tenant whose rows the call may see and the signed-in
 * username. The web layer sets it once a request is authenticated; Hibernate's tenant resolver
 * reads it when a persistence context opens.
 */
public final class CallContext {

  /** Tenant id that sees every tenant's rows: only for sign-in and start-up tasks. */
  public static final String ALL_TENANTS = "*";

  /** Tenant id of a call nobody signed in to: matches no row. */
  public static final String NO_TENANT = "-";

  private record Caller(String tenant, String username) {}

  private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

  private static final ThreadLocal<Locale> LANGUAGE = new ThreadLocal<>();

  private CallContext() {}

  public static void enter(String tenant, String username) {
    CURRENT.set(new Caller(tenant, username));
  }

  public static void leave() {
    CURRENT.remove();
    LANGUAGE.remove();
  }

  /** The language the caller reads, for what services say in words (check messages). */
  public static void speak(Locale language) {
    LANGUAGE.set(language);
  }

  /** The caller's language; English when the web layer did not say. */
  public static Locale language() {
    Locale l = LANGUAGE.get();
    return l == null ? Locale.ENGLISH : l;
  }

  public static String tenant() {
    Caller c = CURRENT.get();
    return c == null ? NO_TENANT : c.tenant();
  }

  /** The signed-in username, or null when nobody is signed in on this thread. */
  public static String username() {
    Caller c = CURRENT.get();
    return c == null ? null : c.username();
  }

  /** Runs a task as another caller, then restores the current one. */
  public static <T> T callAs(String tenant, String username, Supplier<T> task) {
    Caller previous = CURRENT.get();
    CURRENT.set(new Caller(tenant, username));
    try {
      return task.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
