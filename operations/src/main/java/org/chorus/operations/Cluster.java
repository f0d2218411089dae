package org.chorus.operations;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.wildfly.clustering.dispatcher.CommandDispatcherFactory;

/** The servers of WildFly's cluster that this one sees. */
final class Cluster {
  private Cluster() {}

  /** How many servers are in the cluster now, this one included (1 without a cluster). */
  static int members() {
    try {
      CommandDispatcherFactory cluster =
          InitialContext.doLookup("java:jboss/clustering/dispatcher/default");
      return cluster.getGroup().getMembership().getMembers().size();
    } catch (NamingException e) {
      return 1;
    }
  }
}
