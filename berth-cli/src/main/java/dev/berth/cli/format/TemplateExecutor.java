package dev.berth.cli.format;

import dev.berth.cli.format.TemplateFunctions.FunctionError;
import dev.berth.cli.format.TemplateFunctions.GoFunction;
import dev.berth.cli.format.TemplateFunctions.Param;
import dev.berth.cli.format.TemplateNode.ActionNode;
import dev.berth.cli.format.TemplateNode.BoolNode;
import dev.berth.cli.format.TemplateNode.BranchKind;
import dev.berth.cli.format.TemplateNode.BranchNode;
import dev.berth.cli.format.TemplateNode.BreakNode;
import dev.berth.cli.format.TemplateNode.ChainNode;
import dev.berth.cli.format.TemplateNode.CommandNode;
import dev.berth.cli.format.TemplateNode.CommentNode;
import dev.berth.cli.format.TemplateNode.ContinueNode;
import dev.berth.cli.format.TemplateNode.DotNode;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Walks a parsed template over a data value, as Go's text/template exec.go does. */
final class TemplateExecutor {
  private static final Object MISSING = new Object();
  private static final int MAX_DEPTH = 100000;

  /** A variable; {@code iface} when its Go static type is interface {} (a range element). */
  private record Variable(String name, Object value, boolean iface) {
    Variable(String name, Object value) {
      this(name, value, false);
    }
  }

  private static final class Failure extends RuntimeException {
    Failure(String message) {
      super(message, null, false, false);
    }
  }

  private static final class Break extends RuntimeException {
    Break() {
      super(null, null, false, false);
    }
  }

  private static final class Continue extends RuntimeException {
    Continue() {
      super(null, null, false, false);
    }
  }

  private final String name;
  private final String text;
  private final Map<String, ListNode> definitions;
  private final Map<String, GoFunction> funcs;
  private final boolean missingKeyError;
  private final StringBuilder out;
  private List<Variable> vars = new ArrayList<>();
  private TemplateNode node;
  private int depth;
  /** Whether dot's Go type is interface {} (inside range over a []interface {} or map). */
  private boolean dotIface;

  TemplateExecutor(
      String name,
      String text,
      Map<String, ListNode> definitions,
      Map<String, GoFunction> funcs,
      boolean missingKeyError,
      StringBuilder out) {
    this.name = name;
    this.text = text;
    this.definitions = definitions;
    this.funcs = funcs;
    this.missingKeyError = missingKeyError;
    this.out = out;
  }

  void execute(ListNode root, Object data) throws TemplateException.Exec {
    vars.add(new Variable("$", data));
    try {
      walk(data, root);
    } catch (Failure f) {
      throw new TemplateException.Exec(f.getMessage());
    }
  }

  // ---- errors

  private Failure errorf(String msg) {
    if (node == null) {
      return new Failure("template: " + name + ": " + msg);
    }
    int pos = node.pos();
    String before = text.substring(0, Math.min(pos, text.length()));
    int nl = before.lastIndexOf('\n');
    int byteNum = utf8Len(nl < 0 ? before : before.substring(nl + 1));
    int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
    return new Failure(
        "template: " + name + ":" + line + ":" + byteNum + ": executing " + Strings.quote(name)
            + " at <" + node + ">: " + msg);
  }

  private static int utf8Len(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private void at(TemplateNode n) {
    node = n;
  }

  // ---- variables

  private Object varValue(String varName) {
    for (int i = vars.size() - 1; i >= 0; i--) {
      if (vars.get(i).name.equals(varName)) {
        return vars.get(i).value;
      }
    }
    throw errorf("undefined variable: " + varName);
  }

  private boolean varIface(String varName) {
    for (int i = vars.size() - 1; i >= 0; i--) {
      if (vars.get(i).name.equals(varName)) {
        return vars.get(i).iface;
      }
    }
    return false;
  }

  private void setVar(String varName, Object value) {
    for (int i = vars.size() - 1; i >= 0; i--) {
      if (vars.get(i).name.equals(varName)) {
        vars.set(i, new Variable(varName, value));
        return;
      }
    }
    throw errorf("undefined variable: " + varName);
  }

  private void pop(int mark) {
    while (vars.size() > mark) {
      vars.removeLast();
    }
  }

  // ---- walking

  private void walk(Object dot, TemplateNode n) {
    at(n);
    switch (n) {
      case ActionNode a -> {
        Object val = evalPipeline(dot, a.pipe());
        if (a.pipe().decl().isEmpty()) {
          printValue(a, val);
        }
      }
      case BreakNode b -> throw new Break();
      case ContinueNode c -> throw new Continue();
      case CommentNode c -> {}
      case ListNode l -> {
        for (TemplateNode child : l.nodes()) {
          walk(dot, child);
        }
      }
      case TextNode t -> out.append(t.text());
      case BranchNode b when b.kind() == BranchKind.RANGE -> walkRange(dot, b);
      case BranchNode b -> walkIfOrWith(dot, b);
      case TemplateCallNode t -> walkTemplate(dot, t);
      default -> throw errorf("unknown node: " + n);
    }
  }

  private void walkIfOrWith(Object dot, BranchNode b) {
    int mark = vars.size();
    try {
      Object val = evalPipeline(dot, b.pipe());
      if (GoValues.isTrue(val)) {
        if (b.kind() == BranchKind.WITH) {
          boolean saved = dotIface;
          dotIface = false;
          try {
            walk(val, b.list());
          } finally {
            dotIface = saved;
          }
        } else {
          walk(dot, b.list());
        }
      } else if (b.elseList() != null) {
        walk(dot, b.elseList());
      }
    } finally {
      pop(mark);
    }
  }

  private void walkRange(Object dot, BranchNode r) {
    at(r);
    int outer = vars.size();
    try {
      Object val = evalPipeline(dot, r.pipe());
      int mark = vars.size();
      boolean any = false;
      try {
        switch (val) {
          case List<?> l -> {
            for (int i = 0; i < l.size(); i++) {
              any = true;
              oneIteration(r, (long) i, l.get(i), mark);
            }
          }
          case Map<?, ?> m -> {
            for (Map.Entry<String, Object> e : GoValues.sortedEntries(m)) {
              any = true;
              oneIteration(r, e.getKey(), e.getValue(), mark);
            }
          }
          case null -> {}
          default -> {
            if (val == GoValues.NO_VALUE || val instanceof GoValues.NilPointer) {
              break;
            }
            if (GoValues.isInt(val)) {
              if (r.pipe().decl().size() > 1) {
                throw errorf("can't use " + GoFmt.sprint(val) + " to iterate over more than one variable");
              }
              long n = GoValues.toLong(val);
              for (long i = 0; i < n; i++) {
                any = true;
                oneIteration(r, i, i, mark, false);
              }
              break;
            }
            throw errorf("range can't iterate over " + GoFmt.sprint(val));
          }
        }
      } catch (Break b) {
        return;
      }
      if (!any && r.elseList() != null) {
        walk(dot, r.elseList());
      }
    } finally {
      pop(outer);
    }
  }

  private void oneIteration(BranchNode r, Object index, Object elem, int mark) {
    oneIteration(r, index, elem, mark, true);
  }

  private void oneIteration(BranchNode r, Object index, Object elem, int mark, boolean iface) {
    List<VariableNode> decl = r.pipe().decl();
    if (!decl.isEmpty()) {
      // the last declared variable gets the element, the first (of two) the index
      vars.set(vars.size() - 1, new Variable(vars.getLast().name, elem, iface));
      if (decl.size() > 1) {
        vars.set(vars.size() - 2, new Variable(vars.get(vars.size() - 2).name, index));
      }
    }
    boolean saved = dotIface;
    dotIface = iface;
    try {
      walk(elem, r.list());
    } catch (Continue c) {
      // next iteration
    } finally {
      dotIface = saved;
      pop(mark);
    }
  }

  private void walkTemplate(Object dot, TemplateCallNode t) {
    at(t);
    ListNode tmpl = definitions.get(t.name());
    if (tmpl == null) {
      throw errorf("template " + Strings.quote(t.name()) + " not defined");
    }
    if (depth == MAX_DEPTH) {
      throw errorf("exceeded maximum template depth (" + MAX_DEPTH + ")");
    }
    Object newDot = evalPipeline(dot, t.pipe());
    List<Variable> saved = vars;
    boolean savedIface = dotIface;
    vars = new ArrayList<>(List.of(new Variable("$", newDot)));
    dotIface = false;
    depth++;
    try {
      walk(newDot, tmpl);
    } finally {
      depth--;
      vars = saved;
      dotIface = savedIface;
    }
  }

  private void printValue(TemplateNode n, Object v) {
    at(n);
    if (v == null || v == GoValues.NO_VALUE) {
      out.append("<no value>");
      return;
    }
    out.append(GoFmt.sprint(v));
  }

  // ---- evaluation

  private Object evalPipeline(Object dot, PipeNode pipe) {
    if (pipe == null) {
      return GoValues.NO_VALUE;
    }
    at(pipe);
    Object value = MISSING;
    for (CommandNode cmd : pipe.cmds()) {
      value = evalCommand(dot, cmd, value);
      if (value == null) {
        value = GoValues.NO_VALUE; // a nil interface{} unwraps to Go's invalid value
      }
    }
    for (VariableNode v : pipe.decl()) {
      if (pipe.isAssign()) {
        setVar(v.ident().getFirst(), value);
      } else {
        vars.add(new Variable(v.ident().getFirst(), value));
      }
    }
    return value;
  }

  private void notAFunction(List<TemplateNode> args, Object fin) {
    if ((args != null && args.size() > 1) || fin != MISSING) {
      throw errorf("can't give argument to non-function " + args.getFirst());
    }
  }

  private Object evalCommand(Object dot, CommandNode cmd, Object fin) {
    TemplateNode first = cmd.args().getFirst();
    switch (first) {
      case FieldNode f -> {
        return evalFieldNode(dot, f, cmd.args(), fin);
      }
      case ChainNode c -> {
        return evalChainNode(dot, c, cmd.args(), fin);
      }
      case IdentifierNode i -> {
        return evalFunction(dot, i, cmd, cmd.args(), fin);
      }
      case PipeNode p -> {
        notAFunction(cmd.args(), fin);
        return evalPipeline(dot, p);
      }
      case VariableNode v -> {
        return evalVariableNode(dot, v, cmd.args(), fin);
      }
      default -> {}
    }
    at(first);
    notAFunction(cmd.args(), fin);
    return switch (first) {
      case BoolNode b -> b.value();
      case DotNode d -> dot;
      case NilNode n -> throw errorf("nil is not a command");
      case NumberNode n -> idealConstant(n);
      case StringNode s -> s.text();
      default -> throw errorf("can't evaluate command " + Strings.quote(first.toString()));
    };
  }

  private Object idealConstant(NumberNode n) {
    String t = n.text();
    boolean hexInt = t.length() > 2 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')
        && !t.contains("p") && !t.contains("P");
    boolean runeInt = t.startsWith("'");
    if (n.floatValue() != null && !hexInt && !runeInt && t.matches(".*[.eEpP].*")) {
      return n.floatValue();
    }
    if (n.intValue() != null) {
      return n.intValue();
    }
    if (n.uintOnly()) {
      throw errorf(t + " overflows int");
    }
    return GoValues.NO_VALUE;
  }

  private Object evalFieldNode(Object dot, FieldNode f, List<TemplateNode> args, Object fin) {
    at(f);
    return evalFieldChain(dot, dot, dotIface, f, f.ident(), args, fin);
  }

  private Object evalChainNode(Object dot, ChainNode c, List<TemplateNode> args, Object fin) {
    at(c);
    if (c.node() instanceof NilNode) {
      throw errorf("indirection through explicit nil in " + c);
    }
    Object pipe = evalArg(dot, Param.VALUE, c.node());
    return evalFieldChain(dot, pipe, false, c, c.fields(), args, fin);
  }

  private Object evalVariableNode(Object dot, VariableNode v, List<TemplateNode> args, Object fin) {
    at(v);
    Object value = varValue(v.ident().getFirst());
    if (v.ident().size() == 1) {
      notAFunction(args, fin);
      return value;
    }
    return evalFieldChain(
        dot, value, varIface(v.ident().getFirst()), v, v.ident().subList(1, v.ident().size()), args, fin);
  }

  private Object evalFieldChain(Object dot, Object receiver, boolean iface, TemplateNode n, List<String> ident,
      List<TemplateNode> args, Object fin) {
    int last = ident.size() - 1;
    for (int i = 0; i < last; i++) {
      Object next = evalField(dot, ident.get(i), n, null, MISSING, receiver, iface);
      iface = receiver instanceof Map<?, ?>; // a map[string]interface {} element
      receiver = next;
    }
    return evalField(dot, ident.get(last), n, args, fin, receiver, iface);
  }

  private Object evalField(Object dot, String field, TemplateNode n, List<TemplateNode> args, Object fin,
      Object receiver, boolean iface) {
    if (receiver == GoValues.NO_VALUE) {
      if (missingKeyError) {
        throw errorf("nil data; no entry for key " + Strings.quote(field));
      }
      return GoValues.NO_VALUE;
    }
    if (receiver == null) {
      throw errorf("nil pointer evaluating interface {}." + field);
    }
    boolean hasArgs = (args != null && args.size() > 1) || fin != MISSING;
    switch (receiver) {
      case TemplateObject o -> {
        if (o.has(field)) {
          List<Object> argv = new ArrayList<>();
          if (args != null) {
            for (TemplateNode a : args.subList(1, args.size())) {
              argv.add(evalArg(dot, Param.ANY, a));
            }
          }
          if (fin != MISSING) {
            argv.add(fin == GoValues.NO_VALUE ? null : fin);
          }
          try {
            return o.get(field, argv);
          } catch (TemplateObject.TemplateFieldError e) {
            at(n);
            throw errorf(e.getMessage());
          }
        }
      }
      case GoValues.StructMap s -> {
        if (hasArgs) {
          throw errorf(field + " is not a method but has arguments");
        }
        if (s.field(field)) {
          return s.get(field);
        }
        // a struct has no missing keys, only fields it lacks
        throw errorf("can't evaluate field " + field + " in type " + s.typeName());
      }
      case Map<?, ?> m -> {
        if (hasArgs) {
          throw errorf(field + " is not a method but has arguments");
        }
        if (m.containsKey(field)) {
          return m.get(field);
        }
        if (missingKeyError) {
          throw errorf("map has no entry for key " + Strings.quote(field));
        }
        return GoValues.NO_VALUE;
      }
      case GoValues.NilPointer p -> throw errorf("nil pointer evaluating " + p.goType() + "." + field);
      default -> {}
    }
    String type = iface && !(receiver instanceof TemplateObject) ? "interface {}" : GoValues.typeName(receiver);
    throw errorf("can't evaluate field " + field + " in type " + type);
  }

  private Object evalFunction(Object dot, IdentifierNode id, TemplateNode cmd, List<TemplateNode> args, Object fin) {
    at(id);
    GoFunction fn = funcs.get(id.name());
    if (fn == null) {
      throw errorf(Strings.quote(id.name()) + " is not a defined function");
    }
    return evalCall(dot, fn, cmd, id.name(), args, fin);
  }

  private Object evalCall(Object dot, GoFunction fn, TemplateNode n, String fname, List<TemplateNode> args, Object fin) {
    List<TemplateNode> argNodes = args == null ? List.of() : args.subList(1, args.size());
    int numIn = argNodes.size() + (fin != MISSING ? 1 : 0);
    int numParams = fn.params().size();
    int numFixed = argNodes.size();
    if (fn.variadic()) {
      numFixed = numParams - 1;
      if (numIn < numFixed) {
        throw errorf("wrong number of args for " + fname + ": want at least " + numFixed + " got " + argNodes.size());
      }
    } else if (numIn != numParams) {
      throw errorf("wrong number of args for " + fname + ": want " + numParams + " got " + numIn);
    }
    boolean builtinAndOr = (fname.equals("and") || fname.equals("or")) && fn.params().getFirst() == Param.VALUE
        && fn.variadic();
    if (builtinAndOr) {
      Object v = null;
      for (TemplateNode a : argNodes) {
        v = evalArg(dot, Param.VALUE, a);
        if (GoValues.isTrue(v) == fname.equals("or")) {
          return v;
        }
      }
      if (fin != MISSING) {
        v = fin;
      }
      return v;
    }
    List<Object> argv = new ArrayList<>();
    int i = 0;
    for (; i < numFixed && i < argNodes.size(); i++) {
      argv.add(evalArg(dot, fn.params().get(i), argNodes.get(i)));
    }
    if (fn.variadic()) {
      Param elem = fn.params().getLast();
      for (; i < argNodes.size(); i++) {
        argv.add(evalArg(dot, elem, argNodes.get(i)));
      }
    }
    if (fin != MISSING) {
      Param t = fn.params().getLast();
      if (fn.variadic() && numIn - 1 < numFixed) {
        t = fn.params().get(numIn - 1);
      } else if (!fn.variadic()) {
        t = fn.params().get(numParams - 1);
      }
      argv.add(validateType(fin, t));
    }
    try {
      return fn.body().call(argv);
    } catch (FunctionError e) {
      at(n);
      throw errorf("error calling " + fname + ": " + e.getMessage());
    }
  }

  private Object validateType(Object value, Param type) {
    if (value == null && type == Param.VALUE) {
      return null;
    }
    if (value == GoValues.NO_VALUE) {
      return switch (type) {
        case ANY, STRING_SLICE -> null;
        case VALUE -> GoValues.NO_VALUE;
        default -> throw errorf("invalid value; expected " + type.goName);
      };
    }
    boolean ok =
        switch (type) {
          case ANY, VALUE -> true;
          case STRING -> value instanceof String;
          case INT -> GoValues.isInt(value);
          case STRING_SLICE -> value instanceof List<?> l && l.stream().allMatch(e -> e instanceof String);
        };
    if (!ok) {
      throw errorf("wrong type for value; expected " + type.goName + "; got " + GoValues.typeName(value));
    }
    return value;
  }

  private Object evalArg(Object dot, Param type, TemplateNode n) {
    at(n);
    switch (n) {
      case DotNode d -> {
        return validateType(dot, type);
      }
      case NilNode nil -> {
        if (type == Param.ANY || type == Param.VALUE || type == Param.STRING_SLICE) {
          return null;
        }
        throw errorf("cannot assign nil to " + type.goName);
      }
      case FieldNode f -> {
        return validateType(evalFieldNode(dot, f, List.of(n), MISSING), type);
      }
      case VariableNode v -> {
        return validateType(evalVariableNode(dot, v, null, MISSING), type);
      }
      case PipeNode p -> {
        return validateType(evalPipeline(dot, p), type);
      }
      case IdentifierNode id -> {
        return validateType(evalFunction(dot, id, id, null, MISSING), type);
      }
      case ChainNode c -> {
        return validateType(evalChainNode(dot, c, null, MISSING), type);
      }
      default -> {}
    }
    switch (type) {
      case STRING -> {
        if (n instanceof StringNode s) {
          return s.text();
        }
        throw errorf("expected string; found " + n);
      }
      case INT -> {
        if (n instanceof NumberNode num && num.intValue() != null) {
          return num.intValue();
        }
        throw errorf("expected integer; found " + n);
      }
      case ANY, VALUE -> {
        return switch (n) {
          case BoolNode b -> b.value();
          case NumberNode num -> idealConstant(num);
          case StringNode s -> s.text();
          default -> throw errorf("can't handle assignment of " + n + " to empty interface argument");
        };
      }
      default -> throw errorf("can't handle " + n + " for arg of type " + type.goName);
    }
  }
}
