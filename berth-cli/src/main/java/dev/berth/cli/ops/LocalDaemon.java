package dev.berth.cli.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.api.json.ContainerSummary;
import dev.berth.api.json.ServerVersion;
import dev.berth.container.ContainerInspector;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerService;
import dev.berth.engine.Engine;
import dev.berth.engine.SystemInfo;
import dev.berth.errors.BerthException;
import dev.berth.image.DeleteRecord;
import dev.berth.image.Filters;
import dev.berth.image.ImageArchives;
import dev.berth.image.ImageInspector;
import dev.berth.image.ImageService;
import dev.berth.image.ImageSummary;
import dev.berth.engine.CommitRequest;
import dev.berth.events.Event;
import dev.berth.events.EventFilter;
import dev.berth.events.EventLog;
import dev.berth.events.Timestamps;
import dev.berth.gc.DiskUsage;
import dev.berth.image.ImageImporter;
import dev.berth.runtime.ContainerDirs;
import dev.berth.runtime.ExecRequest;
import dev.berth.runtime.LogOptions;
import dev.berth.runtime.LogReader;
import dev.berth.runtime.TopResult;
import dev.berth.store.BerthStore;
import dev.berth.volume.VolumeRecord;
import dev.berth.volume.VolumeService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The in-process engine: berth's default, daemonless mode. The engine opens on first use. */
public final class LocalDaemon implements Daemon {
  /** How the embedded engine names itself in {@code version}. */
  public static final String PLATFORM = "berth (embedded, daemonless)";

  private final Supplier<Engine> engine;

  public LocalDaemon(Supplier<Engine> engine) {
    this.engine = engine;
  }

  @Override
  public ImageOps images() {
    return new Images();
  }

  @Override
  public ContainerOps containers() {
    return new Containers();
  }

  @Override
  public SystemOps system() {
    return new System();
  }

  @Override
  public VolumeOps volumes() {
    return new Volumes();
  }

  @Override
  public NetworkOps networks() {
    return new Networks();
  }

  @Override
  public void close() {
    // the engine belongs to the CLI context, which closes it
  }

  private final class Images implements ImageOps {
    @Override
    public List<ImageSummary> list(boolean all, Filters filters) {
      return engine.get().images().list(all, filters);
    }

    @Override
    public JsonNode inspect(String name) {
      return new ImageInspector(engine.get().store()).inspect(name);
    }

    @Override
    public List<ImageInspector.HistoryItem> history(String name) {
      return new ImageInspector(engine.get().store()).history(name);
    }

    @Override
    public void tag(String source, String repo, String tag) {
      engine.get().images().tag(source, repo, tag);
    }

    @Override
    public List<DeleteRecord> remove(String name, boolean force, boolean noPrune) {
      return engine.get().images().remove(name, force, noPrune);
    }

    @Override
    public ImageService.PruneReport prune(Filters filters) {
      return engine.get().images().prune(filters);
    }

    @Override
    public void load(InputStream archive, Consumer<String> lines) {
      List<String> report;
      try {
        report = new ImageArchives(engine.get().store()).load(archive);
      } catch (BerthException e) {
        throw new LoadFailed(e.getMessage());
      }
      report.forEach(lines);
    }

    @Override
    public void save(List<String> names, OutputStream out) {
      new ImageArchives(engine.get().store()).save(names, out);
    }

    @Override
    public void build(BuildParams params, InputStream contextTar, Consumer<JsonNode> messages) {
      throw new dev.berth.errors.NotSupportedException("a build through the API on the in-process engine");
    }

    @Override
    public void pull(String reference, java.io.PrintStream progress) {
      throw new dev.berth.errors.NotSupportedException("pulling images from a registry");
    }

    @Override
    public String importImage(InputStream tar, String reference, String message, List<String> changes) {
      // the changes are checked before the archive is read: a bad one leaves the store as it was
      var config = dev.berth.build.CommitChanges.forImport(changes);
      return new ImageImporter(engine.get().store()).importTar(tar, reference, message, config);
    }
  }

  private final class Containers implements ContainerOps {
    @Override
    public List<ContainerSummary> list(boolean all, int limit, Filters filters, boolean size) {
      ContainerService service = engine.get().containers();
      Instant now = Instant.now();
      List<ContainerSummary> out = new ArrayList<>();
      var linkNames = service.linkNames();
      for (ContainerRecord r : service.list(all, limit, filters)) {
        long rw = size ? service.writableSize(r) : 0;
        long rootFs = size ? service.imageSize(r) + rw : 0;
        out.add(ContainerSummary.of(r, service.imageField(r), rw, rootFs, now, service.healthText(r))
            .withLinkNames(linkNames));
      }
      return out;
    }

    @Override
    public JsonNode inspect(String name) {
      return new ContainerInspector(engine.get().store()).inspect(name);
    }

    @Override
    public JsonNode inspect(String name, boolean size) {
      return new ContainerInspector(engine.get().store()).inspect(name, size);
    }

    @Override
    public String create(String image, String name, String config) {
      return create(image, name, config, w -> { });
    }

    @Override
    public String create(String image, String name, String config, java.util.function.Consumer<String> warning) {
      ContainerService.Created created = engine.get().containers().createWithWarnings(image, name, config);
      created.warnings().forEach(warning);
      return created.container().id();
    }

    @Override
    public void remove(String name, boolean force, boolean volumes) {
      Engine e = engine.get();
      e.lifecycle().remove(e.containers(), name, force, volumes);
    }

    @Override
    public void removeLink(String name) {
      engine.get().containers().removeLink(name);
    }

    @Override
    public ContainerService.PruneReport prune(Filters filters) {
      return engine.get().containers().prune(filters);
    }

    @Override
    public void start(String name) {
      engine.get().lifecycle().startSelfRemoving(name);
    }

    /** The given seconds, else the container's own StopTimeout (docker run --stop-timeout), else 10 s. */
    private Duration timeout(String name, Integer seconds) {
      return seconds == null ? engine.get().lifecycle().defaultStopTimeout(name)
          : dev.berth.container.ContainerLifecycle.stopTimeout(seconds);
    }

    @Override
    public void stop(String name, Integer seconds) {
      engine.get().lifecycle().stop(name, timeout(name, seconds));
    }

    /** dockerd names the verb and the container in these errors (restart: once the container is found). */
    @Override
    public void restart(String name, Integer seconds) {
      engine.get().containers().inspect(name);
      try {
        engine.get().lifecycle().restart(name, timeout(name, seconds), true);
      } catch (BerthException e) {
        throw new BerthException(e.kind(), "Cannot restart container " + name + ": " + e.getMessage());
      }
    }

    @Override
    public void kill(String name, String signal) {
      try {
        engine.get().lifecycle().kill(name, signal == null || signal.isEmpty() ? "KILL" : signal);
      } catch (BerthException e) {
        // the daemon names the container unless the signal itself is wrong
        throw e.getMessage().startsWith("Invalid signal: ") ? e
            : new BerthException(e.kind(), "Cannot kill container: " + name + ": " + e.getMessage());
      }
    }

    @Override
    public int await(String name) {
      return engine.get().lifecycle().await(name);
    }

    @Override
    public void pause(String name) {
      engine.get().lifecycle().pause(name);
    }

    @Override
    public void update(String name, JsonNode update) {
      engine.get().lifecycle().update(name, update);
    }

    @Override
    public void unpause(String name) {
      engine.get().lifecycle().unpause(name);
    }

    @Override
    public void rename(String name, String newName) {
      engine.get().containers().rename(name, newName);
    }

    @Override
    public List<dev.berth.image.ContainerChanges.Change> changes(String name) {
      return engine.get().containers().changes(name);
    }

    @Override
    public TopResult top(String name, List<String> psArgs) {
      return engine.get().lifecycle().top(name, psArgs);
    }

    @Override
    public void stats(String name, boolean stream, java.util.function.Consumer<dev.berth.stats.ContainerStats> sink,
        java.util.function.BooleanSupplier stop) {
      Engine e = engine.get();
      try {
        new dev.berth.stats.StatsStream(e.store(), e.lifecycle()).stream(name, stream, false, sink::accept, stop);
      } catch (java.io.IOException x) {
        throw new java.io.UncheckedIOException(x);
      }
    }

    @Override
    public void logs(String name, LogsRequest request, OutputStream out, OutputStream err) {
      Engine e = engine.get();
      ContainerRecord r = e.containers().inspect(name);
      LogOptions opts = LogOptions.all().withTimestamps(request.timestamps()).withFollow(request.follow() && r.running());
      opts = opts.withTail(tailLines(request.tail()));
      if (request.details()) {
        opts = opts.withDetails(dev.berth.container.HostSettings.logDetails(
            dev.berth.container.ContainerConfigs.parse(r.config())));
      }
      // as the docker client and daemon: the client turns the values into timestamps (its errors),
      // the daemon reads those
      long now = BerthStore.nowNs();
      Instant since = dev.berth.container.LogWindow.since(ClientTimestamp.forLogs("since", request.since(), now));
      if (since != null) {
        opts = opts.withSince(since);
      }
      Instant until = dev.berth.container.LogWindow.until(ClientTimestamp.forLogs("until", request.until(), now));
      if (until != null) {
        opts = opts.withUntil(until);
      }
      var dirs = new ContainerDirs(e.store().paths().container(r.id()));
      var lifecycle = e.lifecycle();
      try {
        new LogReader(dirs.log()).copy(opts, out, err,
            // a follower ends when its container stops, or when its reader went away
            () -> out instanceof java.io.PrintStream ps && ps.checkError()
                || !lifecycle.reconcile(e.containers().inspect(r.id())).running());
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }

    /** The daemon reads {@code --tail} as a number of lines; anything else (all, -1, junk) means all. */
    static int tailLines(String tail) {
      try {
        return Math.max(-1, Integer.parseInt(tail.strip()));
      } catch (NumberFormatException e) {
        return -1;
      }
    }


    @Override
    public String commit(CommitRequest request) {
      return engine.get().commit(request);
    }

    @Override
    public int runAttached(String id, boolean autoRemove, InputStream stdin, OutputStream out, OutputStream err) {
      int code;
      try {
        code = engine.get().lifecycle().runAttached(id, stdin, out, err, detached(stdin));
      } catch (BerthException e) {
        if (autoRemove) {
          discardAutoRemoved(id);
        }
        throw e;
      }
      if (code == dev.berth.runtime.ContainerRuntime.DETACHED) {
        return 0;
      }
      if (autoRemove) {
        engine.get().containers().remove(id, true, true);
      }
      return code;
    }

    /** Whether the client typed the detach keys on {@code stdin} (a terminal's input). */
    private static java.util.function.BooleanSupplier detached(InputStream stdin) {
      return stdin instanceof dev.berth.container.DetachKeys.EscapeInput e ? e::detached : () -> false;
    }

    @Override
    public void discardAutoRemoved(String id) {
      engine.get().containers().remove(id, true, true);
    }

    @Override
    public int startAttached(String name, InputStream stdin, OutputStream out, OutputStream err) {
      Engine e = engine.get();
      int code = e.lifecycle().runAttached(name, stdin, out, err, detached(stdin));
      if (code == dev.berth.runtime.ContainerRuntime.DETACHED) {
        return 0;
      }
      e.lifecycle().removeIfAutoRemove(e.containers(), name);
      return code;
    }

    @Override
    public int exec(String name, ExecRequest request, InputStream stdin, OutputStream out, OutputStream err) {
      return engine.get().lifecycle().exec(name, request, stdin, out, err);
    }

    @Override
    public void attach(String id, InputStream stdin, OutputStream out, OutputStream err, Runnable attached) {
      Engine e = engine.get();
      dev.berth.container.ContainerAttacher.Session session =
          new dev.berth.container.ContainerAttacher(e.store(), e.lifecycle()).open(id);
      e.lifecycle().attached(session.container());
      attached.run();
      try {
        session.run(new dev.berth.container.ContainerAttacher.Streams(stdin, out, err));
      } catch (IOException clientGone) {
        // the output cannot be written any more: nothing more to stream
      }
    }

    @Override
    public void resize(String id, int height, int width) {
      Engine e = engine.get();
      e.lifecycle().resize(e.containers().inspect(id), height, width);
    }
  }

  private final class Volumes implements VolumeOps {
    @Override
    public JsonNode inspect(String name) {
      VolumeService volumes = engine.get().volumes();
      return volumes.toJson(volumes.inspect(name));
    }

    @Override
    public VolumeRecord create(String name, String driver, Map<String, String> labels, Map<String, String> options) {
      return engine.get().volumes().create(name, driver, labels, options);
    }

    @Override
    public List<Listed> list(Filters filters) {
      VolumeService volumes = engine.get().volumes();
      List<Listed> out = new ArrayList<>();
      for (VolumeRecord v : volumes.list(filters)) {
        out.add(new Listed(v, volumes.mountpoint(v.name()).toString()));
      }
      return out;
    }

    @Override
    public void remove(String name, boolean force) {
      engine.get().volumes().remove(name, force);
    }

    @Override
    public VolumeService.PruneReport prune(Filters filters) {
      return engine.get().volumes().prune(filters);
    }
  }

  private final class Networks implements NetworkOps {
    @Override
    public List<JsonNode> list(Filters filters) {
      dev.berth.network.NetworkService networks = engine.get().networks();
      List<JsonNode> out = new ArrayList<>();
      for (dev.berth.network.Network n : networks.list(filters)) {
        out.add(networks.toJson(n, false));
      }
      return out;
    }

    @Override
    public JsonNode inspect(String idOrName) {
      dev.berth.network.NetworkService networks = engine.get().networks();
      return networks.toJson(networks.find(idOrName), true);
    }

    @Override
    public void remove(String idOrName) {
      engine.get().networks().remove(idOrName);
    }

    @Override
    public String create(com.fasterxml.jackson.databind.node.ObjectNode body) {
      return engine.get().networks().create(body).id();
    }

    @Override
    public void connect(String network, String container, boolean connect, boolean force) {
      if (connect) {
        engine.get().connections().connect(network, container, null);
      } else {
        engine.get().connections().disconnect(network, container, force);
      }
    }

    @Override
    public void connect(String network, String container, com.fasterxml.jackson.databind.JsonNode endpointConfig) {
      engine.get().connections().connect(network, container, endpointConfig);
    }

    @Override
    public List<String> prune(Filters filters) {
      return engine.get().networks().prune(filters);
    }
  }

  private final class System implements SystemOps {
    @Override
    public ServerVersion version() {
      return new ServerVersion(PLATFORM, SystemInfo.VERSION, SystemInfo.API_VERSION, SystemInfo.MIN_API_VERSION, "",
          "java" + Runtime.version().feature(), "linux", SystemInfo.goArch(), java.lang.System.getProperty("os.version"),
          false);
    }

    @Override
    public com.fasterxml.jackson.databind.JsonNode info() {
      return dev.berth.api.json.EngineInfo.of(engine.get());
    }

    @Override
    public DiskUsageReport diskUsage() {
      Engine e = engine.get();
      DiskUsage du = e.diskUsage();
      Instant now = Instant.now();
      List<DiskUsageReport.ContainerUsage> containers = new ArrayList<>();
      for (DiskUsage.ContainerUsage u : du.containers()) {
        containers.add(new DiskUsageReport.ContainerUsage(
            ContainerSummary.of(u.container(), e.containers().imageField(u.container()), 0, 0, now,
                e.containers().healthText(u.container())), u.sizeRw()));
      }
      List<DiskUsageReport.VolumeUsage> volumes = new ArrayList<>();
      for (dev.berth.volume.VolumeUsage v : du.volumes()) {
        volumes.add(new DiskUsageReport.VolumeUsage(v.volume(), e.volumes().mountpoint(v.volume().name()).toString(),
            v.refCount(), v.size()));
      }
      return new DiskUsageReport(du.layersSize(), du.images(), containers, volumes);
    }

    @Override
    public void events(String since, String until, Filters filters, Consumer<Event> sink, BooleanSupplier stop) {
      Timestamps.Window window = Timestamps.window(since, until, BerthStore.nowNs());
      try {
        new EventLog(engine.get().store()).stream(window, new EventFilter(filters.values()), sink::accept, stop);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
