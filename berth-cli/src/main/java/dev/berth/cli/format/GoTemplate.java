package dev.berth.cli.format;

import dev.berth.cli.format.TemplateFunctions.GoFunction;
import dev.berth.cli.format.TemplateNode.ListNode;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed Go text/template. Parse once, execute against many values; errors carry Go's exact
 * messages.
 */
public final class GoTemplate {
  private final String name;
  private final String text;
  private final ListNode root;
  private final Map<String, ListNode> definitions;
  private final Map<String, GoFunction> funcs;

  private GoTemplate(String name, String text, ListNode root, Map<String, ListNode> definitions,
      Map<String, GoFunction> funcs) {
    this.name = name;
    this.text = text;
    this.root = root;
    this.definitions = definitions;
    this.funcs = funcs;
  }

  /** Parses with docker's function map and the empty template name (as docker's --format). */
  public static GoTemplate parse(String text) throws TemplateException.Parse {
    return parse("", text, TemplateFunctions.docker());
  }

  /** Parses {@code text}; {@code name} appears in messages ("template: version:1: ..."). */
  public static GoTemplate parse(String name, String text, Map<String, GoFunction> funcs)
      throws TemplateException.Parse {
    Map<String, ListNode> defs = new HashMap<>();
    ListNode root = TemplateParser.parse(name, text, funcs.keySet(), defs);
    ListNode existing = defs.get(name);
    if (existing == null || !TemplateParser.isEmptyTree(existing) || TemplateParser.isEmptyTree(root)) {
      if (existing == null || !TemplateParser.isEmptyTree(root)) {
        defs.put(name, root);
      }
    }
    return new GoTemplate(name, text, root, defs, funcs);
  }

  /** The shortcut for this template's body when it is a simple one (see {@link SimpleTemplate}). */
  java.util.Optional<SimpleTemplate> simple() {
    return SimpleTemplate.of(definitions.getOrDefault(name, root));
  }

  public String name() {
    return name;
  }

  /** Executes with the parse-time functions and Go's default missingkey option. */
  public String execute(Object data) throws TemplateException.Exec {
    return execute(data, funcs, false);
  }

  /**
   * Executes against {@code data}. {@code funcs} replaces the function implementations (docker's
   * header pass uses {@link TemplateFunctions#dockerHeader()}); {@code missingKeyError} is
   * Go's {@code Option("missingkey=error")}. On failure the output written so far is lost; use
   * {@link #execute(Object, Map, boolean, StringBuilder)} to keep it.
   */
  public String execute(Object data, Map<String, GoFunction> funcs, boolean missingKeyError)
      throws TemplateException.Exec {
    StringBuilder sb = new StringBuilder();
    execute(data, funcs, missingKeyError, sb);
    return sb.toString();
  }

  /** Like {@link #execute(Object, Map, boolean)} but appends to {@code out} as it goes. */
  public void execute(Object data, Map<String, GoFunction> funcs, boolean missingKeyError, StringBuilder out)
      throws TemplateException.Exec {
    ListNode body = definitions.getOrDefault(name, root);
    new TemplateExecutor(name, text, definitions, funcs, missingKeyError, out).execute(body, data);
  }
}
