package dev.berth.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.image.ImageConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The docker CLI's client side of {@code -v} and {@code --mount}: {@code -v} values with a source
 * go to {@code Binds} as typed, the others to {@code Volumes} (anonymous volumes); each {@code
 * --mount} becomes one {@code Mounts} object. The daemon's rules are the engine's.
 */
final class VolumeFlags {
  private VolumeFlags() {}

  /** A client-side error: {@code message} is what follows {@code docker: } / the flag prefix. */
  static final class Invalid extends RuntimeException {
    Invalid(String message) {
      super(message);
    }
  }

  /** Fills {@code Binds} and {@code Volumes} from the {@code -v} values. */
  static void volumes(List<String> values, ObjectNode config) {
    Set<String> distinct = new LinkedHashSet<>(values);
    ArrayNode binds = config.putArray("Binds");
    ObjectNode anonymous = ImageConfig.MAPPER.createObjectNode();
    for (String v : distinct) {
      if (hasSource(v)) {
        binds.add(v);
      } else {
        anonymous.putObject(v);
      }
    }
    if (!anonymous.isEmpty()) {
      config.set("Volumes", anonymous);
    }
  }

  /**
   * The compose volume-spec reader the CLI uses to tell binds from anonymous volumes: a colon
   * right after a single letter belongs to a Windows drive, empty sections are errors, and a
   * single section is only a destination.
   */
  static boolean hasSource(String spec) {
    if (spec.isEmpty()) {
      throw new Invalid("invalid empty volume spec");
    }
    if (spec.length() <= 2) {
      return false;
    }
    List<String> sections = new ArrayList<>();
    StringBuilder buffer = new StringBuilder();
    String all = spec + "\0";
    for (int i = 0; i < all.length(); i++) {
      char ch = all.charAt(i);
      boolean end = i == all.length() - 1;
      if (ch == ':' && buffer.length() == 1 && Character.isLetter(buffer.charAt(0))) {
        buffer.append(ch);
      } else if (ch == ':' || end) {
        if (buffer.isEmpty()) {
          throw new Invalid("invalid spec: " + spec + ": empty section between colons");
        }
        if (sections.size() >= 2 && ch == ':') {
          throw new Invalid("invalid spec: " + spec + ": too many colons");
        }
        sections.add(buffer.toString());
        buffer.setLength(0);
      } else {
        buffer.append(ch);
      }
    }
    return sections.size() > 1;
  }

  /** The docker CLI's logrus warning on its stderr. */
  private static void deprecated(String msg) {
    String time = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    System.err.println("time=\"" + time + "\" level=warning msg=\"" + msg + "\"");
  }

  /** One {@code --mount} value (CSV of key=value fields) as the API's mount object. */
  static ObjectNode mount(String value) {
    String type = "volume";
    String source = "";
    String target = "";
    boolean readOnly = false;
    Boolean noCopy = null;
    String propagation = null;
    Boolean nonRecursive = null;
    boolean volumeOptions = false;
    Long tmpfsSize = null;
    Long tmpfsMode = null;
    for (String field : csv(value)) {
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
      String val = eq < 0 ? null : field.substring(eq + 1);
      if (val == null) {
        switch (key) {
          case "readonly", "ro" -> readOnly = true;
          case "bind-nonrecursive" -> nonRecursive = true;
          case "volume-nocopy" -> {
            noCopy = true;
            volumeOptions = true;
          }
          default -> throw new Invalid("invalid field '" + field + "' must be a key=value pair");
        }
        continue;
      }
      switch (key) {
        case "type" -> type = val.toLowerCase(Locale.ROOT);
        case "source", "src" -> source = val;
        case "target", "dst", "destination" -> target = val;
        case "readonly", "ro" -> readOnly = parseBool(val, "invalid value for " + key + ": " + val);
        case "bind-propagation" -> propagation = val.toLowerCase(Locale.ROOT);
        case "bind-nonrecursive" -> {
          nonRecursive = parseBool(val, "invalid value for " + key + ": " + val);
          deprecated("bind-nonrecursive is deprecated, use bind-recursive=disabled instead");
        }
        case "volume-nocopy" -> {
          noCopy = parseBool(val, "invalid value for volume-nocopy: " + val);
          volumeOptions = true;
        }
        case "tmpfs-size" -> {
          try {
            tmpfsSize = dev.berth.units.RamSize.parse(val);
          } catch (IllegalArgumentException e) {
            throw new Invalid("invalid value for " + key + ": " + val);
          }
        }
        case "tmpfs-mode" -> {
          try {
            tmpfsMode = Long.parseUnsignedLong(val, 8);
          } catch (NumberFormatException e) {
            tmpfsMode = -1L;
          }
          if (tmpfsMode < 0 || tmpfsMode > 0xFFFFFFFFL) {
            throw new Invalid("invalid value for " + key + ": " + val);
          }
        }
        default -> throw new Invalid("unexpected key '" + key + "' in '" + field + "'");
      }
    }
    if (type.isEmpty()) {
      throw new Invalid("type is required");
    }
    if (target.isEmpty()) {
      throw new Invalid("target is required");
    }
    if (volumeOptions && !type.equals("volume")) {
      throw new Invalid("cannot mix 'volume-*' options with mount type '" + type + "'");
    }
    if ((propagation != null || nonRecursive != null) && !type.equals("bind")) {
      throw new Invalid("cannot mix 'bind-*' options with mount type '" + type + "'");
    }
    if ((tmpfsSize != null || tmpfsMode != null) && !type.equals("tmpfs")) {
      throw new Invalid("cannot mix 'tmpfs-*' options with mount type '" + type + "'");
    }
    ObjectNode m = ImageConfig.MAPPER.createObjectNode();
    m.put("Type", type);
    if (!source.isEmpty()) {
      m.put("Source", source);
    }
    m.put("Target", target);
    if (readOnly) {
      m.put("ReadOnly", true);
    }
    if (propagation != null || nonRecursive != null) {
      ObjectNode b = m.putObject("BindOptions");
      if (propagation != null) {
        b.put("Propagation", propagation);
      }
      if (Boolean.TRUE.equals(nonRecursive)) {
        b.put("NonRecursive", true);
      }
    }
    if (tmpfsSize != null || tmpfsMode != null) {
      ObjectNode t = m.putObject("TmpfsOptions");
      if (tmpfsSize != null && tmpfsSize != 0) {
        t.put("SizeBytes", tmpfsSize);
      }
      if (tmpfsMode != null && tmpfsMode != 0) {
        t.put("Mode", tmpfsMode);
      }
    }
    if (volumeOptions) {
      ObjectNode o = m.putObject("VolumeOptions");
      if (Boolean.TRUE.equals(noCopy)) {
        o.put("NoCopy", true);
      }
    }
    return m;
  }

  private static boolean parseBool(String v, String error) {
    return switch (v) {
      case "1", "t", "T", "TRUE", "true", "True" -> true;
      case "0", "f", "F", "FALSE", "false", "False" -> false;
      default -> throw new Invalid(error);
    };
  }

  /** One CSV record (quotes as in Go's encoding/csv). */
  private static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          f.append(ch);
        }
      } else if (ch == '"' && f.isEmpty()) {
        quoted = true;
      } else if (ch == ',') {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(ch);
      }
    }
    out.add(f.toString());
    return out;
  }
}
