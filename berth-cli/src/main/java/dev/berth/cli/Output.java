package dev.berth.cli;

import dev.berth.cli.format.FormatException;
import dev.berth.cli.format.FormatSpec;
import dev.berth.cli.format.Formatter;
import dev.berth.cli.format.RuneWidth;
import java.util.List;
import java.util.Map;

/** Prints rows through a {@code --format} value, turning format errors into docker's messages. */
public final class Output {
  private Output() {}

  /** images, history, df: errors read {@code template parsing error: ...}. */
  public static void render(CliContext ctx, String format, Map<String, String> headers, List<Object> rows,
      String unusedPrefix, int parseExit) {
    print(ctx, format, headers, rows, false, parseExit);
  }

  /** ps words its errors {@code failed to parse/execute template: ...}. */
  public static void renderPs(CliContext ctx, String format, Map<String, String> headers, List<Object> rows) {
    print(ctx, format, headers, rows, true, 1);
  }

  private static void print(CliContext ctx, String format, Map<String, String> headers, List<Object> rows,
      boolean psWording, int parseExit) {
    Formatter f = new Formatter(FormatSpec.of(format), RuneWidth.fromEnvironment(System.getenv()));
    try {
      ctx.out().print(f.render(rows, new java.util.LinkedHashMap<String, Object>(headers)));
    } catch (FormatException e) {
      int code = e.kind() == FormatException.Kind.PARSE ? parseExit : 1;
      throw new CommandFailed(psWording ? e.psMessage() : e.getMessage(), code);
    }
  }
}
