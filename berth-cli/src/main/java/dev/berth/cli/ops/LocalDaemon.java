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
import java.io.InputStream;
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
    return name -> {
      var volumes = engine.get().volumes();
      return volumes.toJson(volumes.inspect(name));
    };
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
  }

  private final class Containers implements ContainerOps {
    @Override
    public List<ContainerSummary> list(boolean all, int limit, Filters filters, boolean size) {
      ContainerService service = engine.get().containers();
      Instant now = Instant.now();
      List<ContainerSummary> out = new ArrayList<>();
      for (ContainerRecord r : service.list(all, limit, filters)) {
        long rw = size ? service.writableSize(r) : 0;
        long rootFs = size ? service.imageSize(r) + rw : 0;
        out.add(ContainerSummary.of(r, service.imageField(r), rw, rootFs, now));
      }
      return out;
    }

    @Override
    public JsonNode inspect(String name) {
      return new ContainerInspector(engine.get().store()).inspect(name);
    }

    @Override
    public String create(String image, String name, String config) {
      return engine.get().containers().create(image, name, config).id();
    }

    @Override
    public void remove(String name, boolean force, boolean volumes) {
      Engine e = engine.get();
      e.lifecycle().remove(e.containers(), name, force, volumes);
    }

    @Override
    public ContainerService.PruneReport prune(Filters filters) {
      return engine.get().containers().prune(filters);
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
    public SystemInfo info() {
      return SystemInfo.collect(engine.get());
    }
  }
}
