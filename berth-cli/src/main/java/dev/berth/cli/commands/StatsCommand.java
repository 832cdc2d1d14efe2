package dev.berth.cli.commands;

import dev.berth.api.json.ContainerSummary;
import dev.berth.cli.BaseCommand;
import dev.berth.cli.BerthCli;
import dev.berth.cli.CommandFailed;
import dev.berth.cli.format.FormatException;
import dev.berth.cli.format.FormatSpec;
import dev.berth.cli.format.Formatter;
import dev.berth.cli.format.RuneWidth;
import dev.berth.cli.ops.ContainerOps;
import dev.berth.cli.ops.SystemOps;
import dev.berth.errors.BerthException;
import dev.berth.image.Filters;
import dev.berth.stats.ContainerStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code berth stats [-a] [--no-stream] [--no-trunc] [--format F] [CONTAINER...]}, as the docker CLI
 * runs it: one collector per container (a stream of samples; a row turns to {@code --} when no
 * sample came for 2 s or the stream ended), a table written every 500 ms once every container has
 * its first sample. Without names the running (with {@code -a}: all) containers are shown, and the
 * container events keep the list current. Streaming redraws the screen with ANSI codes (cursor
 * home, erase to end of line, erase below).
 */
@Command(name = "stats")
public final class StatsCommand extends BaseCommand {
  private static final long TICK_MS = 500;
  private static final long TIMEOUT_MS = 2000;

  @Option(names = {"-a", "--all"})
  boolean all;

  @Option(names = "--no-stream")
  boolean noStream;

  @Option(names = "--no-trunc")
  boolean noTrunc;

  @Option(names = "--format")
  String format;

  @Parameters
  List<String> args = new ArrayList<>();

  /** One container's row, updated by its collector. */
  private static final class Entry {
    private final String container;
    private final CountDownLatch first = new CountDownLatch(1);
    private volatile StatsRow row;
    private volatile BerthException error;

    Entry(String container) {
      this.container = container;
      this.row = StatsRow.initial(container);
    }

    synchronized void set(StatsRow r) {
      row = r;
    }

    synchronized void fail(BerthException e) {
      error = e;
      row = row.invalidated();
    }

    synchronized void failAndReset() {
      row = row.reset();
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private volatile boolean done;

  @Override
  protected int execute() throws Exception {
    if (!ctx.remote()) {
      ctx.engine(); // opened once, before the collectors' threads share it
    }
    ContainerOps ops = ctx.containers();
    boolean showAll = args.isEmpty();
    AtomicReference<RuntimeException> eventError = new AtomicReference<>();
    if (showAll) {
      SystemOps system = ctx.system();
      long now = System.currentTimeMillis();
      String since = (now / 1000) + "." + String.format("%09d", (now % 1000) * 1_000_000);
      Thread watcher = Thread.ofPlatform().daemon().start(() -> {
        try {
          system.events(since, "", Filters.empty().with("type", "container"), e -> {
            switch (e.action()) {
              case "create" -> {
                if (all) {
                  add(ops, shortId(e.actorId()));
                }
              }
              case "start" -> add(ops, shortId(e.actorId()));
              case "die" -> {
                if (!all) {
                  remove(shortId(e.actorId()));
                }
              }
              default -> { }
            }
          }, () -> done);
        } catch (RuntimeException x) {
          eventError.set(x);
        }
      });
      watcher.setName("stats-events");
      for (ContainerSummary c : ops.list(all, -1, Filters.empty(), false)) {
        add(ops, shortId(c.id()));
      }
      awaitFirst();
    } else {
      for (String name : args) {
        add(ops, name);
      }
      awaitFirst();
      List<String> errors = new ArrayList<>();
      synchronized (entries) {
        for (Entry e : entries) {
          if (e.error != null) {
            errors.add(BerthCli.daemonError(e.error));
          }
        }
      }
      if (!errors.isEmpty()) {
        throw new CommandFailed(String.join("\n", errors), 1);
      }
    }
    String fmt = format == null || format.isEmpty() ? "table" : format;
    Formatter formatter = new Formatter(FormatSpec.of(fmt.equals("table") ? StatsRow.DEFAULT_TABLE : fmt),
        RuneWidth.fromEnvironment(System.getenv()));
    try {
      long next = System.nanoTime() + TICK_MS * 1_000_000;
      while (true) {
        sleepUntil(next);
        next += TICK_MS * 1_000_000;
        List<Object> rows = new ArrayList<>();
        boolean empty;
        synchronized (entries) {
          for (Entry e : entries) {
            rows.add(e.row.truncating(!noTrunc));
          }
          empty = entries.isEmpty();
        }
        String text;
        try {
          text = formatter.render(rows, new LinkedHashMap<String, Object>(StatsRow.HEADERS));
        } catch (FormatException e) {
          throw new CommandFailed(e.getMessage(), 1);
        }
        ctx.out().print(noStream ? text : redraw(text));
        ctx.out().flush();
        if (empty && !showAll) {
          break;
        }
        if (noStream) {
          break;
        }
        RuntimeException failed = eventError.get();
        if (failed != null) {
          throw failed;
        }
      }
    } finally {
      done = true;
    }
    return 0;
  }

  /**
   * The docker CLI's screen update: cursor home and the table, then the same text again line by line,
   * each line followed by a space and "erase to end of line", then "erase below".
   */
  static String redraw(String table) {
    String once = "\033[H" + table;
    StringBuilder b = new StringBuilder(once);
    for (String line : once.split("\n", -1)) {
      b.append(line).append(" \033[K\n");
    }
    return b.append("\033[J").toString();
  }

  private static String shortId(String id) {
    return id.length() > 12 ? id.substring(0, 12) : id;
  }

  private void add(ContainerOps ops, String container) {
    Entry e;
    synchronized (entries) {
      for (Entry known : entries) {
        if (known.container.equals(container)) {
          return;
        }
      }
      e = new Entry(container);
      entries.add(e);
    }
    Thread.ofVirtual().start(() -> collect(ops, e));
  }

  private void remove(String container) {
    synchronized (entries) {
      entries.removeIf(e -> e.container.equals(container));
    }
  }

  /** Waits until every container known now has had its first sample (or its error, or a timeout). */
  private void awaitFirst() throws InterruptedException {
    List<Entry> now;
    synchronized (entries) {
      now = new ArrayList<>(entries);
    }
    for (Entry e : now) {
      e.first.await();
    }
  }

  private static final Object SAMPLE = new Object();
  private static final Object END = new Object();

  /** The docker CLI's collect: samples in, a reset after 2 s without one. */
  private void collect(ContainerOps ops, Entry e) {
    boolean stream = !noStream;
    BlockingQueue<Object> updates = new LinkedBlockingQueue<>();
    Thread.ofVirtual().start(() -> {
      try {
        ops.stats(e.container, stream, v -> {
          e.set(StatsRow.of(e.container, v));
          updates.add(SAMPLE);
        }, () -> done);
        updates.add(END);
      } catch (BerthException x) {
        updates.add(x);
      } catch (RuntimeException x) {
        updates.add(END);
      }
    });
    try {
      while (!done) {
        Object u = updates.poll(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        if (u == null) {
          e.failAndReset();
          e.first.countDown();
        } else if (u == SAMPLE) {
          e.error = null;
          e.first.countDown();
        } else if (u instanceof BerthException x) {
          e.fail(x);
          e.first.countDown();
          return;
        } else {
          // the stream ended: the row shows -- from now on
          e.fail(null);
        }
        if (!stream) {
          return;
        }
      }
    } catch (InterruptedException x) {
      Thread.currentThread().interrupt();
    } finally {
      e.first.countDown();
    }
  }

  private static void sleepUntil(long deadline) throws InterruptedException {
    long ms = (deadline - System.nanoTime()) / 1_000_000;
    if (ms > 0) {
      Thread.sleep(ms);
    }
  }
}
