package dev.berth.cli;

import dev.berth.cli.format.GoTemplate;
import dev.berth.cli.format.RuneWidth;
import dev.berth.cli.format.TabWriter;
import dev.berth.cli.format.TemplateException;
import dev.berth.cli.format.TemplateFunctions;
import java.util.List;
import java.util.Map;

/**
 * Renders rows through a {@code --format} value the way the docker CLI does (cli-format §2): the
 * {@code json} keyword, {@code table} prefix, escapes, a header pass with identity functions, and
 * the table writer.
 */
public final class Output {
  private Output() {}

  /** Errors are prefixed per command: images/history use "template parsing error: ". */
  public static void render(CliContext ctx, String format, Map<String, String> headers, List<Object> rows,
      String errorPrefix, int parseExit) {
    render(ctx, format, headers, rows, errorPrefix, errorPrefix, parseExit);
  }

  /** {@code ps} words its errors differently. */
  public static void renderPs(CliContext ctx, String format, Map<String, String> headers, List<Object> rows) {
    render(ctx, format, headers, rows, "failed to parse template: ", "failed to execute template: ", 1);
  }

  public static void render(CliContext ctx, String format, Map<String, String> headers, List<Object> rows,
      String parsePrefix, String execPrefix, int parseExit) {
    String text = format.equals("json") ? "{{json .}}" : format;
    boolean table = text.startsWith("table");
    if (table) {
      text = text.substring(5);
    }
    text = trimSpaces(text).replace("\\t", "\t").replace("\\n", "\n");
    GoTemplate template;
    try {
      template = GoTemplate.parse(text);
    } catch (TemplateException.Parse e) {
      throw new CommandFailed(parsePrefix + e.getMessage(), parseExit);
    }
    StringBuilder out = new StringBuilder();
    try {
      if (table) {
        out.append(template.execute(TemplateFunctions.header(headers), TemplateFunctions.dockerHeader(), false));
        out.append('\n');
      }
      for (Object row : rows) {
        template.execute(row, TemplateFunctions.docker(), false, out);
        out.append('\n');
      }
    } catch (TemplateException.Exec e) {
      throw new CommandFailed(execPrefix + e.getMessage(), 1);
    }
    ctx.out().print(table ? TabWriter.dockerTable(RuneWidth.fromEnvironment(System.getenv())).format(out.toString()) : out);
  }

  /** Go's strings.Trim(s, " "): spaces only, not tabs or newlines. */
  static String trimSpaces(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && s.charAt(b) == ' ') {
      b++;
    }
    while (e > b && s.charAt(e - 1) == ' ') {
      e--;
    }
    return s.substring(b, e);
  }
}
