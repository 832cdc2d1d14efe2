package dev.berth.container;

import dev.berth.runtime.ContainerDirs;
import dev.berth.runtime.LogOptions;
import dev.berth.runtime.LogReader;
import dev.berth.store.BerthStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code docker attach} without a daemon: a running container's output from now on, or, when it
 * is not running, the output of its next run (so a client can attach first and start it then, as
 * {@code docker run} and {@code docker start -a} do). Output is followed in the container's log;
 * stdin goes to conmon's attach socket once the run has begun.
 */
public final class ContainerAttacher {
  private final BerthStore store;
  private final ContainerLifecycle lifecycle;

  public ContainerAttacher(BerthStore store, ContainerLifecycle lifecycle) {
    this.store = store;
    this.lifecycle = lifecycle;
  }

  /** The attached streams; a null stream is not attached. */
  public record Streams(InputStream stdin, OutputStream stdout, OutputStream stderr) {}

  /** Looks the container up now ({@code No such container}); the attachment starts here. */
  public Session open(String arg) {
    ContainerRecord r = lifecycle.reconcile(store.db().read(c -> ContainerService.find(c, arg)));
    ContainerDirs dirs = lifecycle.dirs(r.id());
    try {
      return new Session(r, dirs, new LogReader(dirs.log()).size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One attachment to a container. */
  public final class Session {
    private final ContainerRecord initial;
    private final ContainerDirs dirs;
    private final long logStart;

    private Session(ContainerRecord initial, ContainerDirs dirs, long logStart) {
      this.initial = initial;
      this.dirs = dirs;
      this.logStart = logStart;
    }

    public ContainerRecord container() {
      return initial;
    }

    /**
     * Streams until the run ends (or the container is removed, or its next start fails). Returns
     * at once when a client writes fail. When the client's input ends, the output ends too
     * (after what was already logged), as the daemon closes an attachment's output then, except
     * for a {@code StdinOnce} container without a terminal, whose stdin closes instead.
     */
    public void run(Streams streams) throws IOException {
      if (!initial.running() && !awaitStart()) {
        return;
      }
      var config = ContainerConfigs.parse(initial.config());
      boolean openStdin = config.path("OpenStdin").asBoolean(false);
      boolean inputEndsOutput = config.path("Tty").asBoolean(false) || !config.path("StdinOnce").asBoolean(false);
      java.util.concurrent.atomic.AtomicBoolean inputEnded = new java.util.concurrent.atomic.AtomicBoolean();
      if (streams.stdin() != null && openStdin) {
        try {
          lifecycle.runtime().feedStdin(dirs, new EndMarkingInput(streams.stdin(), inputEnded));
        } catch (dev.berth.errors.SystemException exitedAlready) {
          // the run ended before its stdin could be reached: its output is still streamed
        }
      }
      Path exitFile = lifecycle.runtime().config().exitFile(initial.id());
      OutputStream out = streams.stdout() == null ? OutputStream.nullOutputStream() : streams.stdout();
      OutputStream err = streams.stderr() == null ? OutputStream.nullOutputStream() : streams.stderr();
      LogOptions opts = new LogOptions(streams.stdout() != null, streams.stderr() != null, -1, false,
          null, null, true);
      java.util.function.BooleanSupplier ended =
          () -> Files.exists(exitFile) || !Files.exists(dirs.dir()) || (inputEndsOutput && inputEnded.get());
      if (config.path("Tty").asBoolean(false)) {
        // a terminal's output goes as it comes (a prompt has no newline)
        new LogReader(dirs.log()).followRaw(logStart, out, ended);
        return;
      }
      // each write of the container as it comes, newline or not, as the daemon streams it
      new LogReader(dirs.log()).followRecords(logStart, out, err, opts.stdout(), opts.stderr(), ended);
    }

    // True once the next run has begun; false when the container went away or failed to start.
    private boolean awaitStart() {
      while (true) {
        Optional<ContainerRecord> now = store.db().read(c -> ContainerStore.byId(c, initial.id()));
        if (now.isEmpty()) {
          return false;
        }
        ContainerRecord r = now.get();
        if (!Objects.equals(r.startedAt(), initial.startedAt())) {
          return true;
        }
        if (!Objects.equals(r.finishedAt(), initial.finishedAt())) {
          return false;
        }
        ContainerWaiter.sleep();
      }
    }
  }

  /** Input that notes its end. */
  private static final class EndMarkingInput extends java.io.FilterInputStream {
    private final java.util.concurrent.atomic.AtomicBoolean ended;

    EndMarkingInput(InputStream in, java.util.concurrent.atomic.AtomicBoolean ended) {
      super(in);
      this.ended = ended;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b < 0) {
        ended.set(true);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n < 0) {
        ended.set(true);
      }
      return n;
    }
  }
}
