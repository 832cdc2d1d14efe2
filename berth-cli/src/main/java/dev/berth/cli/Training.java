package dev.berth.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/**
 * Runs representative commands against a throw-away store so that the launcher can record the
 * JVM's AOT cache (the classes and profiles of a typical CLI start-up).
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) {
    String root = args[0];
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    String[][] commands = {
      {"--version"},
      {"--root", root, "images"},
      {"--root", root, "ps", "-a"},
      {"--root", root, "images", "--format", "{{.Repository}}:{{.Tag}} {{json .}}"},
    };
    for (String[] command : commands) {
      BerthCli.run(command, new ByteArrayInputStream(new byte[0]), sink, sink);
    }
  }
}
