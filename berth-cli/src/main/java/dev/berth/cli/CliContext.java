package dev.berth.cli;

import dev.berth.cli.ops.ContainerOps;
import dev.berth.cli.ops.Daemon;
import dev.berth.cli.ops.ImageOps;
import dev.berth.cli.ops.LocalDaemon;
import dev.berth.cli.ops.SystemOps;
import dev.berth.cli.ops.VolumeOps;
import dev.berth.engine.Engine;
import dev.berth.store.StorePaths;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * What every command gets: its streams, the program name and its data source: the engine (opened
 * on first use) or, with {@code -H}, a daemon's API.
 */
public final class CliContext implements AutoCloseable {
  public static final String PROG = "berth";

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final StorePaths paths;
  private final String host;
  private final java.nio.file.Path configDir;
  private CliConfigFile config;
  private Engine engine;
  private Daemon daemon;

  public CliContext(InputStream in, PrintStream out, PrintStream err, StorePaths paths) {
    this(in, out, err, paths, null);
  }

  /** @param host the daemon's address ({@code unix:///path}, {@code tcp://host:port}); null: the engine */
  public CliContext(InputStream in, PrintStream out, PrintStream err, StorePaths paths, String host) {
    this(in, out, err, paths, host, null);
  }

  /** @param configDir the docker CLI configuration directory ({@code --config}); null: none is read */
  public CliContext(
      InputStream in, PrintStream out, PrintStream err, StorePaths paths, String host, java.nio.file.Path configDir) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.paths = paths;
    this.host = host;
    this.configDir = configDir;
  }

  /** The docker CLI's {@code config.json} settings (read on first use). */
  /** config.json's {@code detachKeys} (empty when not set). */
  public String configDetachKeys() {
    return configDir == null ? "" : CliConfigFile.detachKeys(configDir);
  }

  public CliConfigFile config() {
    if (config == null) {
      config = configDir == null ? CliConfigFile.EMPTY : CliConfigFile.read(configDir);
    }
    return config;
  }

  public InputStream in() {
    return in;
  }

  public PrintStream out() {
    return out;
  }

  public PrintStream err() {
    return err;
  }

  public StorePaths paths() {
    return paths;
  }

  /** True when the commands talk to a daemon ({@code -H}) instead of the in-process engine. */
  public boolean remote() {
    return host != null;
  }

  /** The in-process engine; only commands that have no remote mode use it directly. */
  public Engine engine() {
    if (host != null) {
      throw new IllegalStateException("the in-process engine is not used against a remote daemon (-H)");
    }
    if (engine == null) {
      engine = Engine.open(paths);
      engine.lifecycle().reconcileAll();
    }
    return engine;
  }

  /** Where the commands' images and containers are. */
  public Daemon daemon() {
    if (daemon == null) {
      // the remote classes (and the HTTP client) load only when a host is given
      daemon = host == null ? new LocalDaemon(this::engine) : new dev.berth.cli.remote.RemoteDaemon(host);
    }
    return daemon;
  }

  public ImageOps images() {
    return daemon().images();
  }

  public ContainerOps containers() {
    return daemon().containers();
  }

  public SystemOps system() {
    return daemon().system();
  }

  public VolumeOps volumes() {
    return daemon().volumes();
  }

  public dev.berth.cli.ops.NetworkOps networks() {
    return daemon().networks();
  }

  @Override
  public void close() {
    if (daemon != null) {
      daemon.close();
    }
    if (engine != null) {
      engine.close();
    }
  }
}
