package dev.berth.volume;

import dev.berth.units.GoPath;
import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.errors.GoQuote;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daemon's mount rules (Linux parser): turns a container config's {@code Binds} ({@code -v}
 * strings with a source), {@code Mounts} ({@code --mount} objects) and {@code Volumes} (anonymous
 * volume paths, the image's {@code VOLUME}s merged in) into the container's mount points, with
 * Docker's error texts. Anonymous volumes get generated names here.
 */
public final class MountSpecs {
  private MountSpecs() {}

  private static final Set<String> RW_MODES = Set.of("rw", "ro");
  private static final Set<String> LABEL_MODES = Set.of("z", "Z");
  private static final Set<String> PROPAGATION_MODES =
      Set.of("private", "rprivate", "shared", "rshared", "slave", "rslave");
  private static final Set<String> CONSISTENCY_MODES = Set.of("consistent", "cached", "delegated");
  private static final String DEFAULT_PROPAGATION = "rprivate";

  /** A mount request before validation: the API's {@code mount.Mount}. */
  record Spec(String type, String source, String target, boolean readOnly, Boolean noCopy, String propagation) {}

  /** Every mount point of a container config, sorted by destination; fails on the first bad one. */
  public static List<MountPoint> parse(JsonNode config) {
    return parse(config, List.of());
  }

  /**
   * The same, with the mount points {@code --volumes-from} copies: the daemon registers them first,
   * then the binds and {@code --mount}s replace them at the same destination, and anonymous
   * volumes only go where nothing is mounted yet.
   */
  public static List<MountPoint> parse(JsonNode config, List<MountPoint> inherited) {
    return parse(config, inherited, Set.of());
  }

  /**
   * The same for a container with tmpfs mounts ({@code --tmpfs}) at {@code tmpfs}: a bind there is a
   * duplicate, and an anonymous volume there is not made (the tmpfs replaces it).
   */
  public static List<MountPoint> parse(JsonNode config, List<MountPoint> inherited, Set<String> tmpfs) {
    return parse(config, inherited, tmpfs, null);
  }

  /**
   * The same for an engine whose store is at {@code daemonRoot} (absolute; null: no such check): a
   * bind of a path in it, or of a path it is in, gets the propagation {@code rslave} when none is
   * asked for, and is refused with any other than {@code rslave} or {@code rshared}.
   */
  public static List<MountPoint> parse(JsonNode config, List<MountPoint> inherited, Set<String> tmpfs,
      String daemonRoot) {
    Map<String, MountPoint> byDestination = new LinkedHashMap<>();
    for (JsonNode b : config.path("Binds")) {
      MountPoint mp = parseBind(b.asText(), daemonRoot);
      if (tmpfs.contains(mp.destination())) {
        throw new DuplicateMountPointException(mp.destination(), namedVolumes(byDestination));
      }
      add(byDestination, mp);
    }
    for (JsonNode m : config.path("Mounts")) {
      if (m.path("Type").asText("").equals(TMPFS)) {
        tmpfsData(m); // checked here; mounted with the --tmpfs ones (tmpfsMounts), not a mount point
        continue;
      }
      add(byDestination, parseMount(m, daemonRoot));
    }
    Map<String, MountPoint> fromOthers = new LinkedHashMap<>();
    inherited.forEach(m -> fromOthers.put(m.destination(), m)); // a later --volumes-from wins
    fromOthers.values().forEach(m -> byDestination.putIfAbsent(m.destination(), m));
    Iterator<String> anonymous = config.path("Volumes").fieldNames();
    while (anonymous.hasNext()) {
      String destination = GoPath.clean(anonymous.next());
      if (tmpfs.contains(destination)) {
        continue;
      }
      // a bind or named mount at the same place wins over an anonymous volume
      byDestination.putIfAbsent(destination, new MountPoint(MountPoint.VOLUME, VolumeNames.anonymous(), "",
          destination, VolumeRecord.LOCAL, "", true, "", false, true));
    }
    List<MountPoint> out = new ArrayList<>(byDestination.values());
    out.sort((a, b) -> a.destination().compareTo(b.destination()));
    return out;
  }

  private static void add(Map<String, MountPoint> byDestination, MountPoint mp) {
    if (byDestination.containsKey(mp.destination())) {
      throw new DuplicateMountPointException(mp.destination(), namedVolumes(byDestination));
    }
    if (mp.isVolume() && mp.named()) {
      VolumeNames.validate(mp.name());
    }
    byDestination.put(mp.destination(), mp);
  }

  /**
   * The volumes the daemon has made by the time it finds a duplicate: every volume mount so far,
   * named or not (an anonymous {@code --mount type=volume} gets its volume as it is registered).
   */
  private static List<String> namedVolumes(Map<String, MountPoint> mounts) {
    return mounts.values().stream().filter(MountPoint::isVolume).map(MountPoint::name).toList();
  }

  /** One {@code HostConfig.Binds} entry: {@code [SOURCE:]DESTINATION[:MODE]}. */
  public static MountPoint parseBind(String raw) {
    return parseBind(raw, null);
  }

  /** The same, with the daemon-root rule of {@link #parse(JsonNode, List, Set, String)}. */
  public static MountPoint parseBind(String raw, String daemonRoot) {
    String[] arr = raw.split(":", 4);
    if (arr[0].isEmpty()) {
      throw invalidSpec(raw);
    }
    String source = "";
    String target;
    String mode = "";
    switch (arr.length) {
      case 1 -> target = arr[0];
      case 2 -> {
        if (validMode(arr[1])) {
          // a destination with a mode is not a volume (e.g. /foo:rw)
          throw invalidSpec(raw);
        }
        source = arr[0];
        target = arr[1];
      }
      case 3 -> {
        source = arr[0];
        target = arr[1];
        mode = arr[2];
      }
      default -> throw invalidSpec(raw);
    }
    if (!validMode(mode)) {
      throw new InvalidArgumentException("invalid mode: " + mode);
    }
    String type = GoPath.isAbs(source) ? MountPoint.BIND : MountPoint.VOLUME;
    Boolean noCopy = null;
    String propagation = null;
    for (String o : modes(mode)) {
      if (o.equals("nocopy")) {
        noCopy = true;
      } else if (PROPAGATION_MODES.contains(o)) {
        propagation = o;
      }
    }
    Spec spec = new Spec(type, source, target, !readWrite(mode), noCopy, propagation);
    try {
      validate(spec, false);
    } catch (InvalidArgumentException e) {
      throw new InvalidArgumentException("invalid volume specification: '" + raw + "': " + e.getMessage());
    }
    MountPoint mp = withinDaemonRoot(toMountPoint(spec), spec, daemonRoot);
    if (mp.isVolume() && mode.isEmpty()) {
      mode = "z"; // the daemon's default label mode for local volumes
    }
    return withMode(mp, mode);
  }

  /** One {@code HostConfig.Mounts} entry ({@code --mount}). */
  public static MountPoint parseMount(JsonNode m) {
    return parseMount(m, null);
  }

  /** The same, with the daemon-root rule of {@link #parse(JsonNode, List, Set, String)}. */
  public static MountPoint parseMount(JsonNode m, String daemonRoot) {
    String propagation = m.path("BindOptions").path("Propagation").asText("");
    Spec spec = new Spec(m.path("Type").asText(""), m.path("Source").asText(""), m.path("Target").asText(""),
        m.path("ReadOnly").asBoolean(false),
        m.has("VolumeOptions") && !m.get("VolumeOptions").isNull() ? m.path("VolumeOptions").path("NoCopy").asBoolean(false) : null,
        m.has("BindOptions") && !m.get("BindOptions").isNull() ? propagation : null);
    validate(spec, true);
    MountPoint mp = withinDaemonRoot(toMountPoint(spec), spec, daemonRoot);
    JsonNode driverOptions = m.path("VolumeOptions").path("DriverConfig").path("Options");
    if (mp.isVolume() && driverOptions.isObject() && !driverOptions.isEmpty()) {
      // the local driver's options are checked as the volume is made (`create NAME: ...`)
      java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
      driverOptions.properties().forEach(e -> options.put(e.getKey(), e.getValue().asText("")));
      VolumeService.checkOptions(mp.name(), options);
    }
    return mp.isVolume() ? withMode(mp, "z") : mp;
  }

  private static MountPoint toMountPoint(Spec s) {
    String destination = GoPath.clean(s.target());
    if (s.type().equals(MountPoint.VOLUME)) {
      boolean named = !s.source().isEmpty();
      return new MountPoint(MountPoint.VOLUME, named ? s.source() : VolumeNames.anonymous(), "", destination,
          VolumeRecord.LOCAL, "", !s.readOnly(), "", named, !Boolean.TRUE.equals(s.noCopy()));
    }
    String propagation = s.propagation() == null || s.propagation().isEmpty() ? DEFAULT_PROPAGATION : s.propagation();
    return new MountPoint(MountPoint.BIND, "", GoPath.clean(s.source()), destination, "", "", !s.readOnly(),
        propagation, true, false);
  }

  /**
   * The daemon's rule for a bind whose source (as given) starts with the daemon root, or that the
   * root starts with (plain string prefixes, as the daemon compares them): a container must not hold
   * a private copy of the mounts under the root.
   */
  static MountPoint withinDaemonRoot(MountPoint mp, Spec s, String root) {
    if (root == null || !s.type().equals(MountPoint.BIND)
        || !(s.source().startsWith(root) || root.startsWith(s.source()))) {
      return mp;
    }
    String p = s.propagation() == null ? "" : s.propagation();
    switch (p) {
      case "" -> {
        return new MountPoint(mp.type(), mp.name(), mp.source(), mp.destination(), mp.driver(), mp.mode(), mp.rw(),
            "rslave", mp.named(), mp.copyData());
      }
      case "rslave", "rshared" -> {
        return mp;
      }
      default -> throw new InvalidArgumentException("invalid mount config: must use either propagation mode \"rslave\" "
          + "or \"rshared\" when mount source is within the daemon root, daemon root: " + GoQuote.of(root)
          + ", bind mount source: " + GoQuote.of(s.source()) + ", propagation: " + GoQuote.of(p));
    }
  }

  private static MountPoint withMode(MountPoint m, String mode) {
    return new MountPoint(m.type(), m.name(), m.source(), m.destination(), m.driver(), mode, m.rw(),
        m.propagation(), m.named(), m.copyData());
  }

  static final String TMPFS = "tmpfs";

  /**
   * The tmpfs mounts of a config: its {@code --tmpfs} ones and its {@code --mount type=tmpfs} ones,
   * destination to mount data ({@code size=...,mode=...}), as the daemon mounts them alike.
   */
  public static Map<String, String> tmpfsMounts(JsonNode config, JsonNode host) {
    Map<String, String> out = new LinkedHashMap<>();
    host.path("Tmpfs").properties().forEach(e -> out.put(e.getKey(), e.getValue().asText("")));
    for (JsonNode m : config.path("Mounts")) {
      if (m.path("Type").asText("").equals(TMPFS)) {
        out.put(GoPath.clean(m.path("Target").asText()), tmpfsData(m));
      }
    }
    return out;
  }

  /** The destinations of the {@code --mount type=tmpfs} specs. */
  public static Set<String> tmpfsTargets(JsonNode config) {
    Set<String> out = new java.util.HashSet<>();
    for (JsonNode m : config.path("Mounts")) {
      if (m.path("Type").asText("").equals(TMPFS)) {
        out.add(GoPath.clean(m.path("Target").asText()));
      }
    }
    return out;
  }

  /**
   * A tmpfs mount spec's checks and its mount data, as the daemon converts {@code TmpfsOptions}:
   * {@code ro}, the mode in octal, the size with the largest unit that divides it.
   */
  static String tmpfsData(JsonNode m) {
    Spec s = new Spec(TMPFS, m.path("Source").asText(""), m.path("Target").asText(""), m.path("ReadOnly").asBoolean(false),
        null, m.has("BindOptions") && !m.get("BindOptions").isNull() ? "" : null);
    validate(s, false);
    List<String> opts = new ArrayList<>();
    if (s.readOnly()) {
      opts.add("ro");
    }
    JsonNode t = m.path("TmpfsOptions");
    long mode = t.path("Mode").asLong(0);
    if (mode != 0) {
      opts.add("mode=" + Long.toOctalString(mode));
    }
    long size = t.path("SizeBytes").asLong(0);
    if (size != 0) {
      String suffix = "";
      for (Object[] unit : new Object[][] {{"g", 1L << 30}, {"m", 1L << 20}, {"k", 1L << 10}}) {
        if (size % (long) unit[1] == 0) {
          suffix = (String) unit[0];
          size /= (long) unit[1];
          break;
        }
      }
      opts.add("size=" + size + suffix);
    }
    return String.join(",", opts);
  }

  /** A {@code --tmpfs} destination (a key of {@code HostConfig.Tmpfs}): not the root, absolute. */
  public static void validateTmpfsDestination(String dest) {
    if (GoPath.clean(dest.replace('\\', '/')).equals("/")) {
      throw new InvalidArgumentException("invalid specification: destination can't be '/'");
    }
    if (!GoPath.isAbs(dest)) {
      throw new InvalidArgumentException("invalid mount path: '" + dest + "' mount path must be absolute");
    }
  }

  private static void validate(Spec s, boolean bindSourceMustExist) {
    if (s.target().isEmpty()) {
      throw config(s, "field Target must not be empty");
    }
    if (s.target().equals("/")) {
      throw config(s, "invalid specification: destination can't be '/'");
    }
    if (!GoPath.isAbs(s.target())) {
      throw config(s, "invalid mount path: '" + s.target() + "' mount path must be absolute");
    }
    switch (s.type()) {
      case MountPoint.BIND -> {
        if (s.source().isEmpty()) {
          throw config(s, "field Source must not be empty");
        }
        if (s.propagation() != null && !s.propagation().isEmpty() && !PROPAGATION_MODES.contains(s.propagation())) {
          throw config(s, "invalid propagation mode: " + s.propagation());
        }
        if (s.noCopy() != null) {
          throw config(s, "field VolumeOptions must not be specified");
        }
        if (!GoPath.isAbs(s.source())) {
          throw config(s, "invalid mount path: '" + s.source() + "' mount path must be absolute");
        }
        if (bindSourceMustExist && !Files.exists(Path.of(s.source()))) {
          throw config(s, "bind source path does not exist: " + s.source());
        }
      }
      case MountPoint.VOLUME -> {
        if (s.propagation() != null) {
          throw config(s, "field BindOptions must not be specified");
        }
        if (s.source().isEmpty() && s.readOnly()) {
          throw config(s, "must not set ReadOnly mode when using anonymous volumes");
        }
      }
      case TMPFS -> {
        if (s.propagation() != null) {
          throw config(s, "field BindOptions must not be specified");
        }
        if (!s.source().isEmpty()) {
          throw config(s, "field Source must not be specified");
        }
      }
      case "npipe" -> throw new NotSupportedException("mounts of type " + s.type());
      default -> throw config(s, "mount type unknown");
    }
  }

  private static InvalidArgumentException config(Spec s, String detail) {
    return new InvalidArgumentException("invalid mount config for type \"" + s.type() + "\": " + detail);
  }

  private static InvalidArgumentException invalidSpec(String raw) {
    return new InvalidArgumentException("invalid volume specification: '" + raw + "'");
  }

  private static List<String> modes(String mode) {
    return mode.isEmpty() ? List.of() : List.of(mode.split(",", -1));
  }

  /** At most one of each kind of mode (rw/ro, z/Z, propagation, nocopy, consistency); nothing else. */
  static boolean validMode(String mode) {
    if (mode.isEmpty()) {
      return true;
    }
    int rw = 0;
    int label = 0;
    int propagation = 0;
    int copy = 0;
    int consistency = 0;
    for (String o : modes(mode)) {
      if (RW_MODES.contains(o)) {
        rw++;
      } else if (LABEL_MODES.contains(o)) {
        label++;
      } else if (PROPAGATION_MODES.contains(o)) {
        propagation++;
      } else if (o.equals("nocopy")) {
        copy++;
      } else if (CONSISTENCY_MODES.contains(o)) {
        consistency++;
      } else {
        return false;
      }
    }
    return rw <= 1 && label <= 1 && propagation <= 1 && copy <= 1 && consistency <= 1;
  }

  /** A {@code --volumes-from} mode: rw/ro and label modes, no propagation and no copy mode. */
  public static boolean validVolumesFromMode(String mode) {
    return validMode(mode) && modes(mode).stream().noneMatch(o -> PROPAGATION_MODES.contains(o) || o.equals("nocopy"));
  }

  private static boolean readWrite(String mode) {
    return validMode(mode) && !modes(mode).contains("ro");
  }
}
