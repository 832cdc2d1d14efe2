package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import dev.berth.cli.format.GoTemplate;
import dev.berth.cli.ops.ClientTimestamp;
import dev.berth.cli.format.TemplateException;
import dev.berth.events.Event;
import dev.berth.image.Filters;
import dev.berth.store.BerthStore;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code berth events}: the store's events as the docker CLI prints them, one line each
 * ({@code <time> <type> <action> <actor> (k=v, ...)}) or through {@code --format}; without
 * {@code --until} it keeps following new events until interrupted.
 */
@Command(name = "events")
public final class EventsCommand extends BaseCommand {
  /** Go's {@code RFC3339NanoFixed} in the local zone. */
  private static final DateTimeFormatter TIME = new java.time.format.DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS")
      .appendOffset("+HH:MM", "Z") // Go writes Z for UTC, else the signed offset
      .toFormatter();

  @Option(names = {"-f", "--filter"})
  List<String> filters = new ArrayList<>();

  @Option(names = "--format")
  String format;

  @Option(names = "--since")
  String since;

  @Option(names = "--until")
  String until;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() throws Exception {
    noArgs(args);
    checkFilters(filters, "-f, --filter");
    GoTemplate template = null;
    if (format != null && !format.isEmpty()) {
      try {
        template = GoTemplate.parse(format.equals("json") ? "{{json .}}" : format);
      } catch (TemplateException.Parse e) {
        throw new CommandFailed("Error parsing format: " + e.getMessage(), 64);
      }
      try {
        // as the docker CLI, run the template once on an empty message: a bad field fails before any event
        render(template, new Event(0, 0, "", "", "", java.util.Map.of()));
      } catch (FormatFailure e) {
        throw new CommandFailed("Error parsing format: " + e.getMessage(), 64);
      }
    }
    long now = BerthStore.nowNs();
    PrintStream out = ctx.out();
    GoTemplate t = template;
    try {
      ctx.system().events(clientTimestamp(since, now), clientTimestamp(until, now), Filters.ofArgs(filters), e -> {
        out.print(t == null ? line(e) : render(t, e));
        out.flush();
      }, out::checkError);
    } catch (FormatFailure e) {
      throw new CommandFailed("Error parsing format: " + e.getMessage(), 64);
    }
    return 0;
  }

  /** A template failure inside the stream (the CLI stops at the first event it cannot print). */
  private static final class FormatFailure extends RuntimeException {
    FormatFailure(String message) {
      super(message);
    }
  }

  private static String render(GoTemplate t, Event e) {
    try {
      return t.execute(new EventMessage(e)) + "\n";
    } catch (TemplateException.Exec ex) {
      throw new FormatFailure(ex.getMessage());
    }
  }

  /** The docker CLI's plain line. */
  static String line(Event e) {
    StringBuilder b = new StringBuilder();
    if (e.timeNano() != 0) {
      Instant i = Instant.ofEpochSecond(Math.floorDiv(e.timeNano(), 1_000_000_000L), Math.floorMod(e.timeNano(), 1_000_000_000L));
      b.append(TIME.format(i.atZone(ZoneId.systemDefault()))).append(' ');
    }
    b.append(e.type()).append(' ').append(e.action()).append(' ').append(e.actorId());
    if (!e.attributes().isEmpty()) {
      List<String> kv = new ArrayList<>();
      for (Map.Entry<String, String> a : e.attributes().entrySet()) {
        kv.add(a.getKey() + "=" + a.getValue());
      }
      b.append(" (").append(String.join(", ", kv)).append(')');
    }
    return b.append('\n').toString();
  }

  /** What the docker CLI sends for {@code --since}/{@code --until}. */
  static String clientTimestamp(String value, long nowNs) {
    return ClientTimestamp.of(value, nowNs);
  }
}
