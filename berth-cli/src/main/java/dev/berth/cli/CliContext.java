package dev.berth.cli;

import dev.berth.engine.Engine;
import dev.berth.store.StorePaths;
import java.io.InputStream;
import java.io.PrintStream;

/** What every command gets: its streams, the program name and the engine (opened on first use). */
public final class CliContext implements AutoCloseable {
  public static final String PROG = "berth";

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final StorePaths paths;
  private Engine engine;

  public CliContext(InputStream in, PrintStream out, PrintStream err, StorePaths paths) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.paths = paths;
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

  public Engine engine() {
    if (engine == null) {
      engine = Engine.open(paths);
      engine.lifecycle().reconcileAll();
    }
    return engine;
  }

  @Override
  public void close() {
    if (engine != null) {
      engine.close();
    }
  }
}
