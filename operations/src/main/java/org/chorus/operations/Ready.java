package org.chorus.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Chorus can serve: its database answers a trivial query within two seconds. Part of /health/ready,
 * with the number of servers in the cluster.
 */
@Readiness
@ApplicationScoped
public class Ready implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("chorus-database")
        .status(databaseAnswers())
        .withData("cluster-members", Cluster.members())
        .build();
  }

  private static boolean databaseAnswers() {
    try {
      DataSource database = InitialContext.doLookup("java:jboss/datasources/ChorusDS");
      try (Connection c = database.getConnection();
          Statement s = c.createStatement()) {
        s.setQueryTimeout(2);
        s.execute("select 1");
        return true;
      }
    } catch (NamingException | SQLException e) {
      return false;
    }
  }
}
