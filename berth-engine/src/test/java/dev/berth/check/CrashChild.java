package dev.berth.check;

import dev.berth.engine.Engine;
import dev.berth.image.ImageImporter;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;

/** Child process of {@link CrashSafetyTest}: imports, tags and removes images until killed. */
public final class CrashChild {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    try (Engine e = Engine.open(new StorePaths(root, root.resolveSibling("run")))) {
      for (int i = 0; ; i++) {
        String id = new ImageImporter(e.store())
            .importTar(new ByteArrayInputStream(StoreInvariantsTest.tar("content " + i)), "img:" + i, null);
        // printed only after the commit returned: the parent counts these as durable
        System.out.println("committed img:" + i + " " + id);
        System.out.flush();
        if (i % 3 == 2) {
          // announced first: a removal in flight when the kill lands may or may not have committed
          System.out.println("removing img:" + (i - 1));
          System.out.flush();
          e.images().remove("img:" + (i - 1), false, false);
          System.out.println("removed img:" + (i - 1));
          System.out.flush();
        }
      }
    }
  }
}
