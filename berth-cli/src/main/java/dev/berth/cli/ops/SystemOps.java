package dev.berth.cli.ops;

import dev.berth.api.json.ServerVersion;
import dev.berth.engine.SystemInfo;

/** {@code version} and {@code info}: what the daemon says about itself. */
public interface SystemOps {
  ServerVersion version();

  SystemInfo info();
}
