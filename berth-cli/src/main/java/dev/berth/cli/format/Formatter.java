package dev.berth.cli.format;

import java.util.List;

/**
 * Renders rows with a {@link FormatSpec} as docker's formatter.Context.Write does: every row
 * followed by a newline; table formats get a header line (the template executed against the
 * header object with docker's header functions) and go through the table writer.
 */
public final class Formatter {
  private final FormatSpec spec;
  private final RuneWidth width;

  public Formatter(FormatSpec spec, RuneWidth width) {
    this.spec = spec;
    this.width = width;
  }

  /** Parses the spec's template (docker's templates.Parse). */
  public GoTemplate parse() throws FormatException {
    try {
      return GoTemplate.parse(spec.template());
    } catch (TemplateException.Parse e) {
      throw new FormatException(FormatException.Kind.PARSE, e.getMessage());
    }
  }

  /**
   * The complete output for {@code rows}. {@code header} is the header context (usually a map of
   * field name to title, or a {@link TemplateObject} for headers with methods); only used for
   * tables. Nothing is returned for a non-table format without rows.
   */
  public String render(List<?> rows, Object header) throws FormatException {
    GoTemplate template = parse();
    SimpleTemplate simple = template.simple().orElse(null);
    if (spec.table() && simple != null) {
      TabWriter.Table table = TabWriter.dockerTable(width).table();
      if (simple.table(header, rows, table)) {
        return table.finish();
      }
    }
    StringBuilder body = new StringBuilder();
    for (Object row : rows) {
      if (simple != null && simple.tryExecute(row, body)) {
        body.append('\n');
        continue;
      }
      try {
        template.execute(row, TemplateFunctions.docker(), false, body);
      } catch (TemplateException.Exec e) {
        throw new FormatException(FormatException.Kind.EXEC, e.getMessage());
      }
      body.append('\n');
    }
    if (!spec.table()) {
      return body.toString();
    }
    StringBuilder all = new StringBuilder();
    if (simple == null || !simple.tryExecute(header, all)) {
      try {
        template.execute(header, TemplateFunctions.dockerHeader(), false, all);
      } catch (TemplateException.Exec e) {
        // docker ignores header errors and keeps what was written
      }
    }
    all.append('\n').append(body);
    return TabWriter.dockerTable(width).format(all.toString());
  }
}
