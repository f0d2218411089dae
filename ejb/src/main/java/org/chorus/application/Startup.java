package org.chorus.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date with the Flyway migrations before anything else runs, then
 * adds the demo organisation on a first start (unless CHORUS_DEMO=false).
 */
@Singleton
@jakarta.ejb.Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Startup {

  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  @Resource(lookup = "java:jboss/datasources/ChorusDS")
  private DataSource dataSource;

  @Inject private DemoData demoData;

  @PostConstruct
  void start() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            // work merged from parallel branches brings migrations numbered below one already
            // applied (the memory's V6 after the glossary's V7): each touches its own tables, and a
            // database of either age takes the other's
            .outOfOrder(true)
            .load()
            .migrate();
    LOG.info(
        result.migrationsExecuted == 0
            ? "Database schema is up to date"
            : "Database schema migrated to version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied)");
    if (!"false".equalsIgnoreCase(System.getenv("CHORUS_DEMO"))) {
      demoData.addIfFirstStart();
    }
  }
}
