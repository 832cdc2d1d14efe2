package dev.berth.cli.format;

import java.util.List;
import java.util.stream.Collectors;

/** The parse tree of a Go template; {@link #toString()} prints like Go's Node.String(). */
sealed interface TemplateNode {
  int pos();

  record ListNode(int pos, List<TemplateNode> nodes) implements TemplateNode {
    @Override
    public String toString() {
      return nodes.stream().map(Object::toString).collect(Collectors.joining());
    }
  }

  record TextNode(int pos, String text) implements TemplateNode {
    @Override
    public String toString() {
      return text;
    }
  }

  record CommentNode(int pos, String text) implements TemplateNode {
    @Override
    public String toString() {
      return "{{" + text + "}}";
    }
  }

  record ActionNode(int pos, int line, PipeNode pipe) implements TemplateNode {
    @Override
    public String toString() {
      return "{{" + pipe + "}}";
    }
  }

  record PipeNode(int pos, int line, boolean isAssign, List<VariableNode> decl, List<CommandNode> cmds)
      implements TemplateNode {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      if (!decl.isEmpty()) {
        sb.append(decl.stream().map(Object::toString).collect(Collectors.joining(", ")));
        sb.append(isAssign ? " = " : " := ");
      }
      sb.append(cmds.stream().map(Object::toString).collect(Collectors.joining(" | ")));
      return sb.toString();
    }
  }

  record CommandNode(int pos, List<TemplateNode> args) implements TemplateNode {
    @Override
    public String toString() {
      return args.stream()
          .map(a -> a instanceof PipeNode ? "(" + a + ")" : a.toString())
          .collect(Collectors.joining(" "));
    }
  }

  record IdentifierNode(int pos, String name) implements TemplateNode {
    @Override
    public String toString() {
      return name;
    }
  }

  record VariableNode(int pos, List<String> ident) implements TemplateNode {
    @Override
    public String toString() {
      return String.join(".", ident);
    }
  }

  record FieldNode(int pos, List<String> ident) implements TemplateNode {
    @Override
    public String toString() {
      return ident.stream().map(i -> "." + i).collect(Collectors.joining());
    }
  }

  record ChainNode(int pos, TemplateNode node, List<String> fields) implements TemplateNode {
    @Override
    public String toString() {
      String base = node instanceof PipeNode ? "(" + node + ")" : node.toString();
      return base + fields.stream().map(f -> "." + f).collect(Collectors.joining());
    }
  }

  record DotNode(int pos) implements TemplateNode {
    @Override
    public String toString() {
      return ".";
    }
  }

  record NilNode(int pos) implements TemplateNode {
    @Override
    public String toString() {
      return "nil";
    }
  }

  record BoolNode(int pos, boolean value) implements TemplateNode {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** A number literal: its int value (null if none), float value, and whether it is uint-only. */
  record NumberNode(int pos, String text, Long intValue, Double floatValue, boolean uintOnly)
      implements TemplateNode {
    @Override
    public String toString() {
      return text;
    }
  }

  record StringNode(int pos, String quoted, String text) implements TemplateNode {
    @Override
    public String toString() {
      return quoted;
    }
  }

  enum BranchKind {
    IF, RANGE, WITH
  }

  record BranchNode(BranchKind kind, int pos, int line, PipeNode pipe, ListNode list, ListNode elseList)
      implements TemplateNode {
    @Override
    public String toString() {
      String name = kind.name().toLowerCase(java.util.Locale.ROOT);
      String s = "{{" + name + " " + pipe + "}}" + list;
      if (elseList != null) {
        s += "{{else}}" + elseList;
      }
      return s + "{{end}}";
    }
  }

  record BreakNode(int pos, int line) implements TemplateNode {
    @Override
    public String toString() {
      return "{{break}}";
    }
  }

  record ContinueNode(int pos, int line) implements TemplateNode {
    @Override
    public String toString() {
      return "{{continue}}";
    }
  }

  record TemplateCallNode(int pos, int line, String name, PipeNode pipe) implements TemplateNode {
    @Override
    public String toString() {
      return pipe == null
          ? "{{template " + Strings.quote(name) + "}}"
          : "{{template " + Strings.quote(name) + " " + pipe + "}}";
    }
  }

  /** Internal markers returned by the parser for {{end}} and {{else}}. */
  record EndNode(int pos) implements TemplateNode {
    @Override
    public String toString() {
      return "{{end}}";
    }
  }

  record ElseNode(int pos, int line) implements TemplateNode {
    @Override
    public String toString() {
      return "{{else}}";
    }
  }
}
