package dev.berth.cli.format;

import dev.berth.cli.format.TemplateLexer.Token;
import dev.berth.cli.format.TemplateLexer.Type;
import dev.berth.cli.format.TemplateNode.ActionNode;
import dev.berth.cli.format.TemplateNode.BoolNode;
import dev.berth.cli.format.TemplateNode.BranchKind;
import dev.berth.cli.format.TemplateNode.BranchNode;
import dev.berth.cli.format.TemplateNode.BreakNode;
import dev.berth.cli.format.TemplateNode.ChainNode;
import dev.berth.cli.format.TemplateNode.CommandNode;
import dev.berth.cli.format.TemplateNode.ContinueNode;
import dev.berth.cli.format.TemplateNode.DotNode;
import dev.berth.cli.format.TemplateNode.ElseNode;
import dev.berth.cli.format.TemplateNode.EndNode;
import dev.berth.cli.format.TemplateNode.FieldNode;
import dev.berth.cli.format.TemplateNode.IdentifierNode;
import dev.berth.cli.format.TemplateNode.ListNode;
import dev.berth.cli.format.TemplateNode.NilNode;
import dev.berth.cli.format.TemplateNode.NumberNode;
import dev.berth.cli.format.TemplateNode.PipeNode;
import dev.berth.cli.format.TemplateNode.StringNode;
import dev.berth.cli.format.TemplateNode.TemplateCallNode;
import dev.berth.cli.format.TemplateNode.TextNode;
import dev.berth.cli.format.TemplateNode.VariableNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Recursive-descent parser producing Go's parse tree, with Go's error messages. */
final class TemplateParser {
  private final String name;
  private final List<Token> tokens;
  private final Set<String> functions;
  private final Map<String, ListNode> definitions;
  private int index;
  private Token current;
  private final List<String> vars = new ArrayList<>(List.of("$"));
  private int rangeDepth;
  private int actionLine;

  private TemplateParser(String name, String text, Set<String> functions, Map<String, ListNode> definitions) {
    this.name = name;
    this.tokens = TemplateLexer.lex(text);
    this.functions = functions;
    this.definitions = definitions;
  }

  /** Parses {@code text}; {@code definitions} receives {{define}} blocks. */
  static ListNode parse(String name, String text, Set<String> functions, Map<String, ListNode> definitions)
      throws TemplateException.Parse {
    TemplateParser p = new TemplateParser(name, text, functions, definitions);
    try {
      return p.parseTop();
    } catch (Failure f) {
      throw new TemplateException.Parse(f.getMessage());
    }
  }

  private static final class Failure extends RuntimeException {
    Failure(String message) {
      super(message, null, false, false);
    }
  }

  private Failure errorf(String msg) {
    int line = current == null ? 1 : current.line();
    return new Failure("template: " + name + ":" + line + ": " + msg);
  }

  private Token next() {
    current = tokens.get(Math.min(index, tokens.size() - 1));
    index++;
    return current;
  }

  private void backup() {
    index--;
  }

  private Token peek() {
    return tokens.get(Math.min(index, tokens.size() - 1));
  }

  private Token nextNonSpace() {
    Token t;
    do {
      t = next();
    } while (t.type() == Type.SPACE);
    return t;
  }

  private Token peekNonSpace() {
    Token t = nextNonSpace();
    backup();
    return t;
  }

  private Token expect(Type expected, String context) {
    Token t = nextNonSpace();
    if (t.type() != expected) {
      throw unexpected(t, context);
    }
    return t;
  }

  private Failure unexpected(Token token, String context) {
    if (token.type() == Type.ERROR) {
      String extra = "";
      if (actionLine != 0 && actionLine != token.line()) {
        extra = " in action started at " + name + ":" + actionLine;
        if (token.val().endsWith(" action")) {
          extra = extra.substring(" in action".length());
        }
      }
      return errorf(token.val() + extra);
    }
    return errorf("unexpected " + token + " in " + context);
  }

  private ListNode parseTop() {
    List<TemplateNode> nodes = new ArrayList<>();
    int pos = peek().pos();
    while (peek().type() != Type.EOF) {
      if (peek().type() == Type.LEFT_DELIM) {
        int mark = index;
        next();
        if (nextNonSpace().type() == Type.DEFINE) {
          parseDefinition();
          continue;
        }
        index = mark;
      }
      TemplateNode n = textOrAction();
      if (n instanceof EndNode || n instanceof ElseNode) {
        throw errorf("unexpected " + n);
      }
      nodes.add(n);
    }
    return new ListNode(pos, nodes);
  }

  private void parseDefinition() {
    String context = "define clause";
    Token nameToken = nextNonSpace();
    if (nameToken.type() != Type.STRING && nameToken.type() != Type.RAW_STRING) {
      throw unexpected(nameToken, context);
    }
    String defName = unquote(nameToken.val());
    expect(Type.RIGHT_DELIM, context);
    List<String> saved = new ArrayList<>(vars);
    vars.clear();
    vars.add("$");
    ItemList il = itemList();
    if (!(il.end instanceof EndNode)) {
      throw errorf("unexpected " + il.end + " in " + context);
    }
    vars.clear();
    vars.addAll(saved);
    ListNode existing = definitions.get(defName);
    if (existing == null || isEmptyTree(existing)) {
      definitions.put(defName, il.list);
    } else if (!isEmptyTree(il.list)) {
      throw errorf("template: multiple definition of template " + Strings.quote(defName));
    }
  }

  static boolean isEmptyTree(TemplateNode n) {
    return switch (n) {
      case null -> true;
      case ListNode l -> l.nodes().stream().allMatch(TemplateParser::isEmptyTree);
      case TextNode t -> t.text().strip().isEmpty();
      case TemplateNode.CommentNode c -> true;
      default -> false;
    };
  }

  private record ItemList(ListNode list, TemplateNode end) {}

  private ItemList itemList() {
    List<TemplateNode> nodes = new ArrayList<>();
    int pos = peekNonSpace().pos();
    while (peekNonSpace().type() != Type.EOF) {
      TemplateNode n = textOrAction();
      if (n instanceof EndNode || n instanceof ElseNode) {
        return new ItemList(new ListNode(pos, nodes), n);
      }
      nodes.add(n);
    }
    throw errorf("unexpected EOF");
  }

  private TemplateNode textOrAction() {
    Token t = nextNonSpace();
    switch (t.type()) {
      case TEXT:
        return new TextNode(t.pos(), t.val());
      case LEFT_DELIM:
        actionLine = t.line();
        try {
          return action();
        } finally {
          actionLine = 0;
        }
      default:
        throw unexpected(t, "input");
    }
  }

  private TemplateNode action() {
    Token t = nextNonSpace();
    switch (t.type()) {
      case BLOCK:
        return blockControl();
      case BREAK:
        return breakControl(t);
      case CONTINUE:
        return continueControl(t);
      case ELSE:
        return elseControl();
      case END:
        return new EndNode(expect(Type.RIGHT_DELIM, "end").pos());
      case IF:
        return control(BranchKind.IF, true, "if");
      case RANGE:
        return control(BranchKind.RANGE, false, "range");
      case TEMPLATE:
        return templateControl();
      case WITH:
        return control(BranchKind.WITH, false, "with");
      default:
        break;
    }
    backup();
    Token tok = peek();
    return new ActionNode(tok.pos(), tok.line(), pipeline("command", Type.RIGHT_DELIM));
  }

  private TemplateNode breakControl(Token t) {
    Token n = nextNonSpace();
    if (n.type() != Type.RIGHT_DELIM) {
      throw unexpected(n, "{{break}}");
    }
    if (rangeDepth == 0) {
      throw errorf("{{break}} outside {{range}}");
    }
    return new BreakNode(t.pos(), t.line());
  }

  private TemplateNode continueControl(Token t) {
    Token n = nextNonSpace();
    if (n.type() != Type.RIGHT_DELIM) {
      throw unexpected(n, "{{continue}}");
    }
    if (rangeDepth == 0) {
      throw errorf("{{continue}} outside {{range}}");
    }
    return new ContinueNode(t.pos(), t.line());
  }

  private TemplateNode elseControl() {
    Token p = peekNonSpace();
    if (p.type() == Type.IF) {
      return new ElseNode(p.pos(), p.line());
    }
    Token t = expect(Type.RIGHT_DELIM, "else");
    return new ElseNode(t.pos(), t.line());
  }

  private TemplateNode control(BranchKind kind, boolean allowElseIf, String context) {
    int mark = vars.size();
    try {
      PipeNode pipe = pipeline(context, Type.RIGHT_DELIM);
      if (kind == BranchKind.RANGE) {
        rangeDepth++;
      }
      ItemList il = itemList();
      if (kind == BranchKind.RANGE) {
        rangeDepth--;
      }
      ListNode elseList = null;
      if (il.end instanceof ElseNode e) {
        if (allowElseIf && peek().type() == Type.IF) {
          next();
          elseList = new ListNode(e.pos(), List.of(control(BranchKind.IF, true, "if")));
        } else {
          ItemList el = itemList();
          if (!(el.end instanceof EndNode)) {
            throw errorf("expected end; found " + el.end);
          }
          elseList = el.list;
        }
      }
      return new BranchNode(kind, pipe.pos(), pipe.line(), pipe, il.list, elseList);
    } finally {
      while (vars.size() > mark) {
        vars.removeLast();
      }
    }
  }

  private TemplateNode blockControl() {
    String context = "block clause";
    Token token = nextNonSpace();
    String blockName = templateName(token, context);
    PipeNode pipe = pipeline(context, Type.RIGHT_DELIM);
    List<String> saved = new ArrayList<>(vars);
    vars.clear();
    vars.add("$");
    ItemList il = itemList();
    vars.clear();
    vars.addAll(saved);
    if (!(il.end instanceof EndNode)) {
      throw errorf("unexpected " + il.end + " in " + context);
    }
    ListNode existing = definitions.get(blockName);
    if (existing == null || isEmptyTree(existing)) {
      definitions.put(blockName, il.list);
    } else if (!isEmptyTree(il.list)) {
      throw errorf("template: multiple definition of template " + Strings.quote(blockName));
    }
    return new TemplateCallNode(token.pos(), token.line(), blockName, pipe);
  }

  private TemplateNode templateControl() {
    String context = "template clause";
    Token token = nextNonSpace();
    String tname = templateName(token, context);
    PipeNode pipe = null;
    if (nextNonSpace().type() != Type.RIGHT_DELIM) {
      backup();
      pipe = pipeline(context, Type.RIGHT_DELIM);
    }
    return new TemplateCallNode(token.pos(), token.line(), tname, pipe);
  }

  private String templateName(Token token, String context) {
    if (token.type() == Type.STRING || token.type() == Type.RAW_STRING) {
      return unquote(token.val());
    }
    throw unexpected(token, context);
  }

  private PipeNode pipeline(String context, Type end) {
    Token first = peekNonSpace();
    List<VariableNode> decl = new ArrayList<>();
    boolean isAssign = false;
    List<CommandNode> cmds = new ArrayList<>();
    decls:
    while (true) {
      Token v = peekNonSpace();
      if (v.type() != Type.VARIABLE) {
        break;
      }
      int varIndex = index;
      while (tokens.get(varIndex).type() == Type.SPACE) {
        varIndex++;
      }
      nextNonSpace();
      Token nxt = peekNonSpace();
      if (nxt.type() == Type.ASSIGN || nxt.type() == Type.DECLARE) {
        isAssign = nxt.type() == Type.ASSIGN;
        nextNonSpace();
        decl.add(new VariableNode(v.pos(), List.of(v.val())));
        vars.add(v.val());
        break;
      } else if (nxt.type() == Type.CHAR && nxt.val().equals(",")) {
        nextNonSpace();
        decl.add(new VariableNode(v.pos(), List.of(v.val())));
        vars.add(v.val());
        if (context.equals("range") && decl.size() < 2) {
          Type pt = peekNonSpace().type();
          if (pt == Type.VARIABLE || pt == Type.RIGHT_DELIM || pt == Type.RIGHT_PAREN) {
            continue decls;
          }
          throw errorf("range can only initialize variables");
        }
        throw errorf("too many declarations in " + context);
      } else {
        index = varIndex; // not a declaration: the variable is an operand
        break;
      }
    }
    while (true) {
      Token t = nextNonSpace();
      if (t.type() == end) {
        if (cmds.isEmpty()) {
          throw errorf("missing value for " + context);
        }
        for (int i = 1; i < cmds.size(); i++) {
          TemplateNode a = cmds.get(i).args().getFirst();
          if (a instanceof BoolNode || a instanceof DotNode || a instanceof NilNode
              || a instanceof NumberNode || a instanceof StringNode) {
            throw errorf("non executable command in pipeline stage " + (i + 1));
          }
        }
        return new PipeNode(first.pos(), first.line(), isAssign, decl, cmds);
      }
      switch (t.type()) {
        case BOOL, CHAR_CONSTANT, COMPLEX, DOT, FIELD, IDENTIFIER, NUMBER, NIL, RAW_STRING, STRING,
            VARIABLE, LEFT_PAREN -> {
          backup();
          cmds.add(command());
        }
        default -> throw unexpected(t, context);
      }
    }
  }

  private CommandNode command() {
    int pos = peekNonSpace().pos();
    List<TemplateNode> args = new ArrayList<>();
    while (true) {
      peekNonSpace();
      TemplateNode operand = operand();
      if (operand != null) {
        args.add(operand);
      }
      Token t = next();
      switch (t.type()) {
        case SPACE:
          continue;
        case RIGHT_DELIM, RIGHT_PAREN:
          backup();
          break;
        case PIPE:
          break;
        default:
          throw unexpected(t, "operand");
      }
      break;
    }
    if (args.isEmpty()) {
      throw errorf("empty command");
    }
    return new CommandNode(pos, args);
  }

  private TemplateNode operand() {
    TemplateNode node = term();
    if (node == null) {
      return null;
    }
    if (peek().type() == Type.FIELD) {
      int pos = peek().pos();
      List<String> fields = new ArrayList<>();
      while (peek().type() == Type.FIELD) {
        fields.add(next().val().substring(1));
      }
      switch (node) {
        case FieldNode f -> {
          List<String> all = new ArrayList<>(f.ident());
          all.addAll(fields);
          node = new FieldNode(pos, all);
        }
        case VariableNode v -> {
          List<String> all = new ArrayList<>(v.ident());
          all.addAll(fields);
          node = new VariableNode(pos, all);
        }
        case BoolNode b -> throw errorf("unexpected . after term " + Strings.quote(b.toString()));
        case StringNode b -> throw errorf("unexpected . after term " + Strings.quote(b.toString()));
        case NumberNode b -> throw errorf("unexpected . after term " + Strings.quote(b.toString()));
        case NilNode b -> throw errorf("unexpected . after term " + Strings.quote(b.toString()));
        case DotNode b -> throw errorf("unexpected . after term " + Strings.quote(b.toString()));
        default -> node = new ChainNode(pos, node, fields);
      }
    }
    return node;
  }

  private TemplateNode term() {
    Token t = nextNonSpace();
    switch (t.type()) {
      case IDENTIFIER:
        if (!functions.contains(t.val())) {
          throw errorf("function " + Strings.quote(t.val()) + " not defined");
        }
        return new IdentifierNode(t.pos(), t.val());
      case DOT:
        return new DotNode(t.pos());
      case NIL:
        return new NilNode(t.pos());
      case VARIABLE:
        return useVar(t);
      case FIELD:
        return new FieldNode(t.pos(), List.of(t.val().substring(1)));
      case BOOL:
        return new BoolNode(t.pos(), t.val().equals("true"));
      case CHAR_CONSTANT, COMPLEX, NUMBER:
        return number(t);
      case LEFT_PAREN:
        return pipeline("parenthesized pipeline", Type.RIGHT_PAREN);
      case STRING, RAW_STRING:
        return new StringNode(t.pos(), t.val(), unquote(t.val()));
      default:
        backup();
        return null;
    }
  }

  private TemplateNode useVar(Token t) {
    List<String> ident = Arrays.asList(t.val().split("\\.", -1));
    if (!vars.contains(ident.getFirst())) {
      throw errorf("undefined variable " + Strings.quote(ident.getFirst()));
    }
    return new VariableNode(t.pos(), ident);
  }

  private NumberNode number(Token t) {
    String text = t.val();
    if (t.type() == Type.CHAR_CONSTANT) {
      String s;
      try {
        s = GoNumbers.unquoteCharPrefix(text);
      } catch (IllegalArgumentException e) {
        throw errorf(e.getMessage() == null ? "invalid syntax" : e.getMessage());
      }
      int r = s.codePointAt(0);
      return new NumberNode(t.pos(), text, (long) r, (double) r, false);
    }
    if (t.type() == Type.COMPLEX || text.endsWith("i")) {
      throw errorf("complex numbers are not supported: " + Strings.quote(text));
    }
    Long i = GoNumbers.parseInt(text);
    Double f = null;
    if (i != null) {
      f = (double) i;
    } else {
      Long u = GoNumbers.parseUintAsLong(text);
      if (u != null) {
        f = GoNumbers.unsignedToDouble(u);
      } else {
        f = GoNumbers.parseFloat(text);
        if (f != null) {
          if (!containsAny(text, ".eEpP")) {
            throw errorf("integer overflow: " + Strings.quote(text));
          }
          if ((double) (long) f.doubleValue() == f && Math.abs(f) < 9.223372036854775807E18) {
            i = (long) f.doubleValue();
          }
        }
      }
      if (i == null && u == null && f == null) {
        throw errorf("illegal number syntax: " + Strings.quote(text));
      }
      if (i == null && u != null) {
        // only representable as uint64: executing it as an int overflows
        return new NumberNode(t.pos(), text, null, f, true);
      }
    }
    return new NumberNode(t.pos(), text, i, f, false);
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private String unquote(String quoted) {
    try {
      return GoNumbers.unquote(quoted);
    } catch (IllegalArgumentException e) {
      throw errorf("invalid syntax");
    }
  }
}
