package dev.berth.cli.format;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Function maps: Go's builtins, docker's template functions, and docker's header variants. */
public final class TemplateFunctions {
  private TemplateFunctions() {}

  /** Parameter kinds, mirroring the Go parameter types that matter for argument checking. */
  public enum Param {
    /** interface{}: anything; the invalid value becomes nil. */
    ANY("interface {}"),
    /** reflect.Value: anything, the invalid value kept. */
    VALUE("reflect.Value"),
    STRING("string"),
    INT("int"),
    STRING_SLICE("[]string");

    final String goName;

    Param(String goName) {
      this.goName = goName;
    }
  }

  /** A function failure; executing reports "error calling NAME: MESSAGE". */
  public static final class FunctionError extends Exception {
    public FunctionError(String message) {
      super(message);
    }
  }

  /** The implementation of a template function. */
  @FunctionalInterface
  public interface Body {
    Object call(List<Object> args) throws FunctionError;
  }

  /** A template function with its Go signature (the last param repeats when variadic). */
  public record GoFunction(String name, List<Param> params, boolean variadic, Body body) {}

  private static void put(Map<String, GoFunction> m, String name, List<Param> params, boolean variadic, Body body) {
    m.put(name, new GoFunction(name, params, variadic, body));
  }

  /** Go text/template builtins (and, or evaluate lazily in the executor). */
  public static Map<String, GoFunction> builtins() {
    Map<String, GoFunction> m = new HashMap<>();
    put(m, "and", List.of(Param.VALUE, Param.VALUE), true, a -> a.getLast());
    put(m, "or", List.of(Param.VALUE, Param.VALUE), true, a -> a.getLast());
    put(m, "not", List.of(Param.VALUE), false, a -> !GoValues.isTrue(a.getFirst()));
    put(m, "call", List.of(Param.VALUE, Param.VALUE), true, TemplateFunctions::call);
    put(m, "html", List.of(Param.ANY), true, a -> htmlEscape(evalArgs(a)));
    put(m, "js", List.of(Param.ANY), true, a -> jsEscape(evalArgs(a)));
    put(m, "urlquery", List.of(Param.ANY), true, a -> URLEncoder.encode(evalArgs(a), StandardCharsets.UTF_8));
    put(m, "print", List.of(Param.ANY), true, GoFmt::sprint);
    put(m, "println", List.of(Param.ANY), true, GoFmt::sprintln);
    put(m, "printf", List.of(Param.STRING, Param.ANY), true,
        a -> GoFmt.sprintf((String) a.getFirst(), a.subList(1, a.size())));
    put(m, "len", List.of(Param.VALUE), false, a -> length(a.getFirst()));
    put(m, "index", List.of(Param.VALUE, Param.VALUE), true, a -> index(a.getFirst(), a.subList(1, a.size())));
    put(m, "slice", List.of(Param.VALUE, Param.VALUE), true, a -> slice(a.getFirst(), a.subList(1, a.size())));
    put(m, "eq", List.of(Param.VALUE, Param.VALUE), true, a -> GoCompare.eq(a.getFirst(), a.subList(1, a.size())));
    put(m, "ne", List.of(Param.VALUE, Param.VALUE), false, a -> !GoCompare.eq(a.get(0), List.of(a.get(1))));
    put(m, "lt", List.of(Param.VALUE, Param.VALUE), false, a -> GoCompare.lt(a.get(0), a.get(1)));
    put(m, "le", List.of(Param.VALUE, Param.VALUE), false, a -> GoCompare.le(a.get(0), a.get(1)));
    put(m, "gt", List.of(Param.VALUE, Param.VALUE), false, a -> !GoCompare.le(a.get(0), a.get(1)));
    put(m, "ge", List.of(Param.VALUE, Param.VALUE), false, a -> !GoCompare.lt(a.get(0), a.get(1)));
    return m;
  }

  /** docker's templates.basicFunctions on top of the builtins. */
  public static Map<String, GoFunction> docker() {
    Map<String, GoFunction> m = builtins();
    put(m, "json", List.of(Param.ANY), false, a -> json(a.getFirst()));
    put(m, "split", List.of(Param.STRING, Param.STRING), false, a -> split((String) a.get(0), (String) a.get(1)));
    put(m, "join", List.of(Param.STRING_SLICE, Param.STRING), false, a -> join(a.get(0), (String) a.get(1)));
    put(m, "title", List.of(Param.STRING), false, a -> Strings.title((String) a.getFirst()));
    put(m, "lower", List.of(Param.STRING), false, a -> ((String) a.getFirst()).toLowerCase(Locale.ROOT));
    put(m, "upper", List.of(Param.STRING), false, a -> ((String) a.getFirst()).toUpperCase(Locale.ROOT));
    put(m, "pad", List.of(Param.STRING, Param.INT, Param.INT), false, a -> pad(a));
    put(m, "truncate", List.of(Param.STRING, Param.INT), false, a -> truncate(a));
    return m;
  }

  /** docker's HeaderFunctions: the header pass turns these into identities on strings. */
  public static Map<String, GoFunction> dockerHeader() {
    Map<String, GoFunction> m = docker();
    for (String name : List.of("json", "title", "lower", "upper")) {
      put(m, name, List.of(Param.STRING), false, a -> a.getFirst());
    }
    put(m, "split", List.of(Param.STRING, Param.STRING), false, a -> a.getFirst());
    put(m, "join", List.of(Param.STRING, Param.STRING), false, a -> a.getFirst());
    put(m, "truncate", List.of(Param.STRING, Param.INT), false, a -> a.getFirst());
    return m;
  }

  /** docker's "json": encoder without HTML escaping, surrounding whitespace trimmed. */
  static String json(Object v) throws FunctionError {
    try {
      return GoJson.encode(v, false).strip();
    } catch (GoJson.UnsupportedValueException e) {
      return "";
    } catch (TemplateObject.TemplateFieldError e) {
      throw new FunctionError(e.getMessage());
    }
  }

  static List<Object> split(String s, String sep) {
    List<String> out = new ArrayList<>();
    if (sep.isEmpty()) {
      s.codePoints().forEach(cp -> out.add(Character.toString(cp)));
    } else {
      out.addAll(List.of(s.split(Pattern.quote(sep), -1)));
    }
    return new GoValues.StringSlice(out);
  }

  private static String pad(List<Object> a) throws FunctionError {
    String s = (String) a.get(0);
    long prefix = GoValues.toLong(a.get(1));
    long suffix = GoValues.toLong(a.get(2));
    if (!s.isEmpty() && (prefix < 0 || suffix < 0)) {
      throw new FunctionError("strings: negative Repeat count");
    }
    return Strings.pad(s, prefix, suffix);
  }

  private static String truncate(List<Object> a) throws FunctionError {
    String s = (String) a.get(0);
    long n = GoValues.toLong(a.get(1));
    int len = s.getBytes(StandardCharsets.UTF_8).length;
    if (len >= n && n < 0) {
      throw new FunctionError("runtime error: slice bounds out of range [:" + n + "]");
    }
    return Strings.truncate(s, n);
  }

  private static String join(Object list, String sep) {
    StringBuilder sb = new StringBuilder();
    List<?> l = list == null ? List.of() : (List<?>) list;
    for (int i = 0; i < l.size(); i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(l.get(i));
    }
    return sb.toString();
  }

  private static String evalArgs(List<Object> args) {
    if (args.size() == 1 && args.getFirst() instanceof String s) {
      return s;
    }
    return GoFmt.sprint(args);
  }

  private static String htmlEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("&#34;");
        case '\'' -> sb.append("&#39;");
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case 0 -> sb.append('\ufffd');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String jsEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      i += Character.charCount(r);
      switch (r) {
        case '\\' -> sb.append("\\\\");
        case '\'' -> sb.append("\\'");
        case '"' -> sb.append("\\\"");
        case '<' -> sb.append("\\u003C");
        case '>' -> sb.append("\\u003E");
        case '&' -> sb.append("\\u0026");
        case '=' -> sb.append("\\u003D");
        default -> {
          if (r < ' ' || !Strings.isPrint(r) && r < 0x80) {
            String h = Integer.toHexString(r).toUpperCase(Locale.ROOT);
            sb.append("\\u").append("0".repeat(4 - h.length())).append(h);
          } else {
            sb.appendCodePoint(r);
          }
        }
      }
    }
    return sb.toString();
  }

  private static Object call(List<Object> a) throws FunctionError {
    Object fn = a.getFirst();
    if (fn == null || fn == GoValues.NO_VALUE) {
      throw new FunctionError("call of nil");
    }
    throw new FunctionError("non-function of type " + GoValues.typeName(fn));
  }

  private static Object length(Object item) throws FunctionError {
    return switch (item) {
      case null -> throw new FunctionError("len of nil pointer");
      case String s -> (long) s.getBytes(StandardCharsets.UTF_8).length;
      case List<?> l -> (long) l.size();
      case Map<?, ?> m -> (long) m.size();
      case GoValues.NilPointer p -> throw new FunctionError("len of nil pointer");
      default -> {
        if (item == GoValues.NO_VALUE) {
          throw new FunctionError("reflect: call of reflect.Value.Type on zero Value");
        }
        throw new FunctionError("len of type " + stripPointer(GoValues.typeName(item)));
      }
    };
  }

  private static String stripPointer(String type) {
    return type.startsWith("*") ? type.substring(1) : type;
  }

  private static long indexArg(Object index, long cap) throws FunctionError {
    if (index == null || index == GoValues.NO_VALUE) {
      throw new FunctionError("cannot index slice/array with nil");
    }
    if (!GoValues.isInt(index)) {
      throw new FunctionError("cannot index slice/array with type " + GoValues.typeName(index));
    }
    long x = GoValues.toLong(index);
    if (x < 0 || x >= cap) {
      throw new FunctionError("index out of range: " + x);
    }
    return x;
  }

  private static Object index(Object item, List<Object> indexes) throws FunctionError {
    if (item == GoValues.NO_VALUE || item == null) {
      throw new FunctionError("index of untyped nil");
    }
    for (Object index : indexes) {
      switch (item) {
        case null -> throw new FunctionError("index of nil pointer");
        case String s -> {
          byte[] b = s.getBytes(StandardCharsets.UTF_8);
          item = (long) (b[(int) indexArg(index, b.length)] & 0xff);
        }
        case List<?> l -> item = l.get((int) indexArg(index, l.size()));
        case Map<?, ?> m -> {
          if (index == null || index == GoValues.NO_VALUE) {
            throw new FunctionError("value is nil; should be of type string");
          }
          if (!(index instanceof String key)) {
            throw new FunctionError("value has type " + GoValues.typeName(index) + "; should be string");
          }
          item = m.containsKey(key) ? m.get(key) : null;
        }
        default -> throw new FunctionError("can't index item of type " + stripPointer(GoValues.typeName(item)));
      }
    }
    return item;
  }

  private static Object slice(Object item, List<Object> indexes) throws FunctionError {
    if (item == GoValues.NO_VALUE || item == null) {
      throw new FunctionError("slice of untyped nil");
    }
    if (indexes.size() > 3) {
      throw new FunctionError("too many slice indexes: " + indexes.size());
    }
    long len;
    byte[] bytes = null;
    if (item instanceof String s) {
      if (indexes.size() == 3) {
        throw new FunctionError("cannot 3-index slice a string");
      }
      bytes = s.getBytes(StandardCharsets.UTF_8);
      len = bytes.length;
    } else if (item instanceof List<?> l) {
      len = l.size();
    } else {
      throw new FunctionError("can't slice item of type " + stripPointer(GoValues.typeName(item)));
    }
    long[] idx = {0, len};
    for (int i = 0; i < indexes.size(); i++) {
      idx[Math.min(i, 1)] = indexArg(indexes.get(i), len + 1);
    }
    if (idx[0] > idx[1]) {
      throw new FunctionError("invalid slice index: " + idx[0] + " > " + idx[1]);
    }
    if (bytes != null) {
      return new String(bytes, (int) idx[0], (int) (idx[1] - idx[0]), StandardCharsets.UTF_8);
    }
    return new ArrayList<>(((List<?>) item).subList((int) idx[0], (int) idx[1]));
  }

  /** A header context: field name → header title (docker's map[string]string). */
  public static Map<String, Object> header(Map<String, String> titles) {
    return new LinkedHashMap<>(titles);
  }
}
