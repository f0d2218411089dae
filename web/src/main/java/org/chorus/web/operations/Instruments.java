package org.chorus.web.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.chorus.application.LiveFeed;

/**
 * Chorus's meters in WildFly's Micrometer registry (Prometheus text at the management interface's
 * /metrics): saves on this server (chorus_saves_total) and their latency
 * (chorus_save_latency_seconds: count, sum, max), the editors open on it (chorus_editors_open), the
 * servers in the cluster (chorus_cluster_members). Without the Micrometer subsystem nothing is
 * recorded. (Its health checks are in the EAR's library {@code org.chorus.operations}: WildFly
 * finds health checks only there, and meters' registry only in the web module.)
 */
@ApplicationScoped
public class Instruments {

  private static final Logger LOG = Logger.getLogger(Instruments.class.getName());

  @Inject private Instance<MeterRegistry> registries;
  @Inject private LiveFeed feed;

  private final AtomicInteger editors = new AtomicInteger();
  private Counter saves;
  private Timer latency;

  @PostConstruct
  void register() {
    if (!registries.isResolvable()) {
      LOG.info("No Micrometer registry (the micrometer subsystem): Chorus records no metrics");
      return;
    }
    MeterRegistry registry = registries.get();
    // the registry's own shortcuts: WildFly's application registry hands only these on to the
    // registry it publishes (builders would register meters nobody scrapes)
    Counter counter = registry.counter("chorus.saves");
    Timer timer = registry.timer("chorus.save.latency");
    registry.gauge("chorus.editors.open", Tags.empty(), editors, AtomicInteger::get);
    registry.gauge("chorus.cluster.members", Tags.empty(), feed, LiveFeed::members);
    saves = counter;
    latency = timer;
    LOG.info("Chorus records its metrics in " + registry);
  }

  /** A change was saved on this server, {@code nanos} after its service took it. */
  public void saved(long nanos) {
    if (saves != null) {
      saves.increment();
      latency.record(nanos, TimeUnit.NANOSECONDS);
    }
  }

  public void editorOpened() {
    editors.incrementAndGet();
  }

  public void editorClosed() {
    editors.decrementAndGet();
  }
}
