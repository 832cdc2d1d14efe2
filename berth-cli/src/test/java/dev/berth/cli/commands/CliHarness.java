package dev.berth.cli.commands;

import dev.berth.cli.BerthCli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs berth commands in-process on one temporary store, as {@code berth --root R --runroot R/run ARGS}. */
final class CliHarness {
  record Result(int exit, String out, String err) {}

  private final Path root;

  CliHarness(Path dir) {
    this.root = dir;
  }

  /** Whether real containers can run here (root, runc, conmon, busybox). */
  static boolean canRunContainers() {
    return Files.isExecutable(Path.of("/usr/sbin/runc")) && Files.isExecutable(Path.of("/usr/bin/conmon"))
        && Files.isExecutable(Path.of("/usr/bin/busybox")) && "root".equals(System.getProperty("user.name"));
  }

  Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** {@link #run} with {@code input} on stdin. */
  Result runWithInput(byte[] input, String... args) {
    List<String> argv = new ArrayList<>(List.of("--root", root.resolve("root").toString(), "--runroot",
        root.resolve("run").toString()));
    argv.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = BerthCli.run(argv.toArray(String[]::new), new ByteArrayInputStream(input), o, e);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** {@code busybox:latest} from the host's static busybox (sh and the applets as symlinks). */
  void importBusybox() throws Exception {
    Path rootfs = root.resolve("rootfs");
    for (String d : List.of("bin", "sbin", "etc", "tmp", "proc", "sys", "dev")) {
      Files.createDirectories(rootfs.resolve(d));
    }
    Files.copy(Path.of("/usr/bin/busybox"), rootfs.resolve("bin/busybox"));
    for (String applet : List.of("sh", "echo", "cat", "sleep", "true", "ps", "tty", "ls", "id", "pwd", "printf", "test")) {
      Files.createSymbolicLink(rootfs.resolve("bin/" + applet), Path.of("busybox"));
    }
    Files.writeString(rootfs.resolve("etc/passwd"),
        "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n");
    Files.writeString(rootfs.resolve("etc/group"), "root:x:0:\nnogroup:x:65534:\n");
    Process tar = new ProcessBuilder("tar", "-C", rootfs.toString(), "-cf", root.resolve("busybox.tar").toString(), ".")
        .start();
    if (tar.waitFor() != 0) {
      throw new IllegalStateException("tar failed");
    }
    Result r = run("import", root.resolve("busybox.tar").toString(), "busybox:latest");
    if (r.exit() != 0) {
      throw new IllegalStateException(r.err());
    }
  }

  /** Removes every container (force). */
  void removeAll() {
    String ids = run("ps", "-aq").out().strip();
    if (!ids.isEmpty()) {
      List<String> args = new ArrayList<>(List.of("rm", "-f"));
      args.addAll(List.of(ids.split("\\s+")));
      run(args.toArray(String[]::new));
    }
  }
}
