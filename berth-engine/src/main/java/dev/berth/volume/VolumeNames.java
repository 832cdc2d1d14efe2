package dev.berth.volume;

import dev.berth.errors.InvalidArgumentException;
import java.util.regex.Pattern;

/** The local driver's volume-name rule and generated names for anonymous volumes. */
public final class VolumeNames {
  private VolumeNames() {}

  private static final Pattern VALID = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$");

  /** Throws the daemon's {@code create NAME: ...} error for a name the local driver refuses. */
  public static void validate(String name) {
    if (name.length() == 1) {
      throw new InvalidArgumentException("create " + name
          + ": volume name is too short, names should be at least two alphanumeric characters");
    }
    if (!VALID.matcher(name).matches()) {
      throw new InvalidArgumentException("create " + name + ": " + goQuote(name)
          + " includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed."
          + " If you intended to pass a host directory, use absolute path");
    }
  }

  /** 64 random hex digits, like every ID Docker generates. */
  public static String anonymous() {
    return dev.berth.content.RandomIds.id();
  }

  static String goQuote(String s) {
    return dev.berth.errors.GoQuote.of(s);
  }
}
