package dev.berth.cli.format;

import dev.berth.cli.format.TemplateNode.ActionNode;
import dev.berth.cli.format.TemplateNode.BranchKind;
import dev.berth.cli.format.TemplateNode.BranchNode;
import dev.berth.cli.format.TemplateNode.CommandNode;
import dev.berth.cli.format.TemplateNode.FieldNode;
import dev.berth.cli.format.TemplateNode.ListNode;
import dev.berth.cli.format.TemplateNode.PipeNode;
import dev.berth.cli.format.TemplateNode.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A shortcut for the templates every default table uses: text, {@code {{.Field}}} and
 * {@code {{if .Field}}...{{else}}...{{end}}} over string fields. Long listings spend most of their
 * time in the general executor, which this skips. Whenever a row is neither a {@link TemplateObject}
 * nor a map (the header row) or a field is not a plain string, {@link #tryExecute} declines and the
 * caller runs the general executor, so the output is always the one Go's text/template gives.
 */
final class SimpleTemplate {
  private sealed interface Part {}

  private record Text(String text) implements Part {}

  private record Field(String name) implements Part {}

  private record IfField(String name, List<Part> then, List<Part> otherwise) implements Part {}

  private final List<Part> parts;

  private SimpleTemplate(List<Part> parts) {
    this.parts = parts;
  }

  /** The shortcut for {@code root}, when every node of it is one the shortcut knows. */
  static Optional<SimpleTemplate> of(ListNode root) {
    List<Part> parts = compile(root);
    return parts == null ? Optional.empty() : Optional.of(new SimpleTemplate(parts));
  }

  private static List<Part> compile(ListNode list) {
    List<Part> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    // instanceof rather than a pattern switch: a type switch spins a class at run time (ClassFile
    // API), which costs more than the whole listing of a short table.
    for (TemplateNode n : list.nodes()) {
      if (n instanceof TextNode t) {
        out.add(new Text(t.text()));
      } else if (n instanceof ActionNode a) {
        String field = singleField(a.pipe());
        if (field == null) {
          return null;
        }
        out.add(new Field(field));
      } else if (n instanceof BranchNode b && b.kind() == BranchKind.IF) {
        String field = singleField(b.pipe());
        List<Part> then = compile(b.list());
        List<Part> otherwise = compile(b.elseList());
        if (field == null || then == null || otherwise == null) {
          return null;
        }
        out.add(new IfField(field, then, otherwise));
      } else {
        return null;
      }
    }
    return out;
  }

  /** {@code .Name} alone: no declarations, no arguments, no chain, no pipeline. */
  private static String singleField(PipeNode pipe) {
    if (pipe == null || !pipe.decl().isEmpty() || pipe.cmds().size() != 1) {
      return null;
    }
    CommandNode cmd = pipe.cmds().get(0);
    if (cmd.args().size() != 1 || !(cmd.args().get(0) instanceof FieldNode f) || f.ident().size() != 1) {
      return null;
    }
    return f.ident().get(0);
  }

  /**
   * Appends the row's output to {@code out} and returns true, or leaves {@code out} as it was and
   * returns false when the general executor must handle this row.
   */
  boolean tryExecute(Object row, StringBuilder out) {
    if (!(row instanceof TemplateObject) && !(row instanceof Map<?, ?>)) {
      return false;
    }
    int mark = out.length();
    try {
      if (write(parts, row, out)) {
        return true;
      }
    } catch (TemplateObject.TemplateFieldError | RuntimeException e) {
      // the general executor reports it (or the object's own failure) as Go would
    }
    out.setLength(mark);
    return false;
  }

  private static boolean write(List<Part> parts, Object row, StringBuilder out)
      throws TemplateObject.TemplateFieldError {
    for (Part p : parts) {
      if (p instanceof Text t) {
        out.append(t.text());
      } else if (p instanceof Field f) {
        if (!(value(row, f.name()) instanceof String s)) {
          return false;
        }
        out.append(s);
      } else if (p instanceof IfField i) {
        if (!(value(row, i.name()) instanceof String s)) {
          return false;
        }
        if (!write(s.isEmpty() ? i.otherwise() : i.then(), row, out)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The whole table (header row, then a row per element of {@code rows}, each ended by a newline)
   * fed to {@code table} cell by cell, or false, with {@code table} to be dropped, when a row or a
   * field is one the general executor must handle or a value holds a vertical tab or form feed.
   */
  boolean table(Object header, List<?> rows, TabWriter.Table table) {
    Cells cells = new Cells(table);
    try {
      if (!cells.row(parts, header)) {
        return false;
      }
      for (Object row : rows) {
        if (!cells.row(parts, row)) {
          return false;
        }
      }
    } catch (TemplateObject.TemplateFieldError | RuntimeException e) {
      return false;
    }
    return true;
  }

  /** Splits what a row writes into cells at TABs and lines at newlines, as the tab writer would. */
  private static final class Cells {
    private final TabWriter.Table table;
    // the open cell: one string as it is (the usual case) or several joined
    private String single;
    private final StringBuilder joined = new StringBuilder();

    Cells(TabWriter.Table table) {
      this.table = table;
    }

    boolean row(List<Part> parts, Object row) throws TemplateObject.TemplateFieldError {
      if (!(row instanceof TemplateObject) && !(row instanceof Map<?, ?>)) {
        return false;
      }
      if (!write(parts, row)) {
        return false;
      }
      endCell();
      table.endLine();
      return true;
    }

    private boolean write(List<Part> parts, Object row) throws TemplateObject.TemplateFieldError {
      for (Part p : parts) {
        if (p instanceof Text t) {
          if (!feed(t.text())) {
            return false;
          }
        } else if (p instanceof Field f) {
          if (!(value(row, f.name()) instanceof String v) || !feed(v)) {
            return false;
          }
        } else if (p instanceof IfField i) {
          if (!(value(row, i.name()) instanceof String v) || !write(v.isEmpty() ? i.otherwise() : i.then(), row)) {
            return false;
          }
        }
      }
      return true;
    }

    private boolean feed(String s) {
      int from = 0;
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        if (c > '\r') {
          continue;
        }
        if (c == '\u000b' || c == '\f') {
          return false;
        }
        if (c == '\t' || c == '\n') {
          append(s, from, k);
          endCell();
          if (c == '\n') {
            table.endLine();
          }
          from = k + 1;
        }
      }
      append(s, from, s.length());
      return true;
    }

    private void append(String s, int from, int to) {
      if (from == to) {
        return;
      }
      String part = from == 0 && to == s.length() ? s : s.substring(from, to);
      if (single == null && joined.isEmpty()) {
        single = part;
        return;
      }
      if (single != null) {
        joined.append(single);
        single = null;
      }
      joined.append(part);
    }

    private void endCell() {
      String text = single != null ? single : joined.toString();
      single = null;
      joined.setLength(0);
      table.cell(text);
    }
  }

  /**
   * The field's value; null (the general executor decides) for a field the object lacks. A map
   * (the header row of a table) is read by key, as Go reads a map.
   */
  private static Object value(Object row, String name) throws TemplateObject.TemplateFieldError {
    if (row instanceof TemplateObject o) {
      return o.has(name) ? o.get(name, List.of()) : null;
    }
    return ((Map<?, ?>) row).get(name);
  }
}
