package dev.berth.cli.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the Java data model maps onto Go values: String, Long/Integer (int), Double (float64),
 * Boolean, null (nil interface), {@link List} ([]interface {}), {@link Map} with String keys
 * (map[string]interface {}), {@link TemplateObject} (a struct pointer), and {@link #NO_VALUE} (Go's
 * invalid value, e.g. a missing map key).
 */
public final class GoValues {
  private GoValues() {}

  /** Go's invalid reflect.Value: what a missing map key evaluates to; prints "<no value>". */
  public static final Object NO_VALUE =
      new Object() {
        @Override
        public String toString() {
          return "<no value>";
        }
      };

  /** A typed nil pointer (e.g. a nil {@code *Platform}): prints "<nil>", encodes as JSON null. */
  public record NilPointer(String goType) {
    @Override
    public String toString() {
      return "<nil>";
    }
  }

  /**
   * A non-nil {@code *bool} (e.g. HostConfig.Init after {@code --init=false}): prints and encodes
   * as the bool, and is true in {@code if} whatever it points to.
   */
  public record BoolPointer(boolean value) {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** A nil Go map (e.g. a volume's absent Labels): prints "map[]", encodes as JSON null. */
  public static final class NilMap extends java.util.LinkedHashMap<String, Object> {
    @Override
    public Object put(String key, Object value) {
      throw new UnsupportedOperationException("assignment to entry in nil map");
    }
  }

  /**
   * The value of Go's empty struct type, as the values of a {@code map[string]struct{}} (an image's
   * ExposedPorts and Volumes, a PortSet): prints "{}", encodes as {}.
   */
  public record EmptyStruct() {
    public static final EmptyStruct VALUE = new EmptyStruct();

    @Override
    public String toString() {
      return "{}";
    }
  }

  /**
   * A decoded JSON object standing for a typed Go struct: the fields the daemon's JSON left out
   * (omitempty) are there for templates with their zero values, and {@code json} leaves them out
   * again, as Go's encoder does.
   */
  /**
   * A Go time.Time from the daemon's JSON: prints as Go's {@code Time.String()}, encodes back to the
   * JSON text it came from (RFC 3339).
   */
  public record Time(String printed, String json) {
    /** The daemon's RFC 3339 {@code json} as Go prints it in {@code zone}. */
    public static Time of(String json, java.time.ZoneId zone) {
      return new Time(GoTime.timeString(java.time.Instant.parse(json), zone), json);
    }

    @Override
    public String toString() {
      return printed;
    }
  }

  /** A Go time.Duration from the daemon's JSON (nanoseconds): prints as Go's {@code Duration.String()}. */
  public record Duration(long nanos) {
    @Override
    public String toString() {
      return dev.berth.units.GoDuration.format(nanos);
    }
  }

  public static final class StructMap extends java.util.LinkedHashMap<String, Object> {
    private final java.util.Set<String> omitted = new java.util.HashSet<>();
    private final java.util.Set<String> jsonOnly = new java.util.HashSet<>();

    private String typeName = "struct";

    public StructMap(Map<String, Object> fields) {
      super(fields);
    }

    /** The Go type's name, as errors about its fields print it (e.g. volume.Volume). */
    public StructMap named(String goType) {
      this.typeName = goType;
      return this;
    }

    public String typeName() {
      return typeName;
    }

    private boolean complete;

    /** Marks the fields as exactly the Go struct's, in its order: it then prints as {@code {v1 v2}}. */
    public StructMap complete() {
      this.complete = true;
      return this;
    }

    public boolean isComplete() {
      return complete;
    }

    /** Adds a field that the struct's JSON omits. */
    public void putOmitted(String key, Object zero) {
      put(key, zero);
      omitted.add(key);
    }

    public boolean omitted(Object key) {
      return omitted.contains(key);
    }

    /** Keeps a key in the JSON (a json tag such as "Id") that is no field a template can name (ID). */
    public void hideFromTemplates(String key) {
      jsonOnly.add(key);
    }

    /** True when a template can read {@code key} as a field of the struct. */
    public boolean field(Object key) {
      return containsKey(key) && !jsonOnly.contains(key);
    }
  }

  /** A Go []string (what split returns), as opposed to a []interface {}. */
  public static class StringSlice extends java.util.ArrayList<Object> {
    public StringSlice(java.util.Collection<String> strings) {
      super(strings);
    }
  }

  /** A nil Go []string (e.g. an image config's absent Entrypoint): prints "[]", encodes as JSON null. */
  public static final class NilSlice extends StringSlice {
    public NilSlice() {
      super(java.util.List.of());
    }

    @Override
    public boolean add(Object o) {
      throw new UnsupportedOperationException("append to a nil slice value");
    }
  }

  static boolean isInt(Object v) {
    return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
  }

  static boolean isFloat(Object v) {
    return v instanceof Double || v instanceof Float;
  }

  /** Go type name, as shown in error messages. */
  public static String typeName(Object v) {
    return switch (v) {
      case null -> "interface {}";
      case String s -> "string";
      case Boolean b -> "bool";
      case Long l -> "int";
      case Integer i -> "int";
      case Short s -> "int16";
      case Byte b -> "uint8";
      case Double d -> "float64";
      case Float f -> "float32";
      case TemplateObject o -> o.goTypeName();
      case NilPointer p -> p.goType();
      case EmptyStruct e -> "struct {}";
      case NilSlice l -> "[]string";
      case BoolPointer p -> "*bool";
      case StringSlice l -> "[]string";
      case List<?> l -> "[]interface {}";
      case Map<?, ?> m -> "map[string]interface {}";
      default -> v == NO_VALUE ? "<invalid reflect.Value>" : v.getClass().getSimpleName();
    };
  }

  /** template.IsTrue: false for zero values, empty collections, nil and the invalid value. */
  public static boolean isTrue(Object v) {
    return switch (v) {
      case null -> false;
      case Boolean b -> b;
      case String s -> !s.isEmpty();
      case Long l -> l != 0;
      case Integer i -> i != 0;
      case Short s -> s != 0;
      case Byte b -> b != 0;
      case Double d -> d != 0;
      case Float f -> f != 0;
      case List<?> l -> !l.isEmpty();
      case Map<?, ?> m -> !m.isEmpty();
      case NilPointer p -> false;
      case BoolPointer p -> true;
      default -> v != NO_VALUE;
    };
  }

  static long toLong(Object v) {
    return ((Number) v).longValue();
  }

  /** Map entries sorted as Go's fmtsort does for string keys. */
  static List<Map.Entry<String, Object>> sortedEntries(Map<?, ?> m) {
    List<Map.Entry<String, Object>> entries = new ArrayList<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      entries.add(Map.entry(String.valueOf(e.getKey()), e.getValue() == null ? nullMarker() : e.getValue()));
    }
    entries.sort((a, b) -> compareUtf8(a.getKey(), b.getKey()));
    List<Map.Entry<String, Object>> out = new ArrayList<>();
    for (Map.Entry<String, Object> e : entries) {
      out.add(new java.util.AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue() == NULL ? null : e.getValue()));
    }
    return out;
  }

  private static final Object NULL = new Object();

  private static Object nullMarker() {
    return NULL;
  }

  /** Byte-wise (UTF-8) string comparison, as Go compares strings. */
  static int compareUtf8(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
