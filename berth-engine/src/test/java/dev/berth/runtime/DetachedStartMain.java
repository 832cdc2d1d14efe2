package dev.berth.runtime;

import java.nio.file.Path;
import java.util.List;

/** Test helper run in a separate JVM: starts a prepared container detached, prints pid, exits. */
public final class DetachedStartMain {
  private DetachedStartMain() {}

  /** Args: runRoot containerDir id. */
  public static void main(String[] args) {
    ContainerRuntime runtime = new ContainerRuntime(new RuntimeConfig(Path.of(args[0]),
        Path.of("/usr/sbin/runc"), Path.of("/usr/bin/conmon"), "/berth-test"));
    ContainerRuntime.Started s = runtime.start(
        ContainerRuntime.StartRequest.detached(args[2], List.of()), new ContainerDirs(Path.of(args[1])));
    System.out.println(s.pid());
  }
}
