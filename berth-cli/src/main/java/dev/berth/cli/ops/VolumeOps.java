package dev.berth.cli.ops;

import com.fasterxml.jackson.databind.JsonNode;

/** The volume operations of the CLI's commands that work against any daemon. */
public interface VolumeOps {
  JsonNode inspect(String name);
}
