package org.chorus.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.wildfly.clustering.dispatcher.Command;
import org.wildfly.clustering.dispatcher.CommandDispatcher;
import org.wildfly.clustering.dispatcher.CommandDispatcherException;
import org.wildfly.clustering.dispatcher.CommandDispatcherFactory;

/**
 * Live news for open editors, on every server: what this server learns (a change once its
 * transaction committed, someone moving to a segment) is handed to its own listeners (the web
 * layer, which pushes to its browsers) and sent once to each other member of WildFly's cluster,
 * whose feed hands it to its listeners. The cluster is the JGroups channel of WildFly's HA
 * configuration; on a single server (the default configuration) the group is this server alone.
 */
@ApplicationScoped
public class LiveFeed {

  private static final Logger LOG = Logger.getLogger(LiveFeed.class.getName());

  /** How long a change waits for the other servers to confirm it. */
  private static final Duration WAIT = Duration.ofMillis(300);

  @Resource(lookup = "java:jboss/clustering/dispatcher/default")
  private CommandDispatcherFactory cluster;

  private CommandDispatcher<LiveFeed> dispatcher;
  private final List<Consumer<LiveNews>> listeners = new CopyOnWriteArrayList<>();

  @PostConstruct
  void join() {
    dispatcher =
        cluster.createCommandDispatcher("chorus-live", this, LiveFeed.class.getClassLoader());
  }

  @PreDestroy
  void leave() {
    dispatcher.close();
  }

  /** The changes of a transaction, once it has committed: never news of a rolled-back save. */
  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SegmentsChanged change) {
    publish(change);
  }

  /**
   * Tells this server's listeners and every other server. A change is answered to its author only
   * once the other servers have it (or a moment has passed: a member that just died is not waited
   * for), so that no acknowledged save goes untold when a server stops right after it.
   */
  public void publish(LiveNews news) {
    deliver(news);
    if (news instanceof SegmentsChanged change) {
      send(change.elsewhere()).forEach(LiveFeed::await);
    } else {
      send(news);
    }
  }

  private Collection<CompletionStage<Void>> send(LiveNews news) {
    try {
      return dispatcher
          .executeOnGroup(new Deliver(news), cluster.getGroup().getLocalMember())
          .values();
    } catch (CommandDispatcherException e) {
      // the save is done and this server's editors know; the others read again when they reconnect
      LOG.log(Level.WARNING, "Could not tell the other servers of a live update", e);
      return List.of();
    }
  }

  private static void await(CompletionStage<Void> delivered) {
    try {
      delivered.toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException | CancellationException e) {
      LOG.log(Level.FINE, "A server did not confirm a live update", e);
    }
  }

  /** Takes news for this server's own editors. */
  public void listen(Consumer<LiveNews> listener) {
    listeners.add(listener);
  }

  public void stopListening(Consumer<LiveNews> listener) {
    listeners.remove(listener);
  }

  /** How many servers the cluster has now, this one included. */
  public int members() {
    return cluster.getGroup().getMembership().getMembers().size();
  }

  void deliver(LiveNews news) {
    for (Consumer<LiveNews> l : listeners) {
      try {
        l.accept(news);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A live update could not be delivered", e);
      }
    }
  }

  /** News carried to another server. */
  private record Deliver(LiveNews news) implements Command<Void, LiveFeed> {
    @Override
    public Void execute(LiveFeed feed) {
      feed.deliver(news);
      return null;
    }
  }
}
