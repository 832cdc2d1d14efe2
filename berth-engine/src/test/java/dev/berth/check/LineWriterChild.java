package dev.berth.check;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child process of {@link KillableChildTest}: prints {@code started} and N numbered lines (each
 * flushed, as the crash workloads print their facts), then creates a marker file and waits to be
 * killed. Arguments: N, marker file.
 */
public final class LineWriterChild {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    System.out.println("started");
    System.out.flush();
    for (int i = 0; i < n; i++) {
      System.out.println("line " + i);
      System.out.flush();
    }
    Files.createFile(Path.of(args[1]));
    Thread.sleep(Long.MAX_VALUE);
  }
}
