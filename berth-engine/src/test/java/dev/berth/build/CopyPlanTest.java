package dev.berth.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** COPY of a directory: who owns the destination directory it creates and what it copies into it. */
class CopyPlanTest {
  @TempDir Path tmp;

  private Path sourceTree() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("src"));
    Path dir = Files.createDirectories(root.resolve("dir/subdir"));
    Files.writeString(dir.resolve("nestedfile"), "x");
    Owners.lchown(root.resolve("dir"), 100, 200);
    Owners.lchown(dir, 101, 201);
    Owners.lchown(dir.resolve("nestedfile"), 102, 202);
    return root;
  }

  private static String owner(Path p) throws IOException {
    return Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS) + ":"
        + Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS);
  }

  private Path copy(CopyPlan.Identity identity) throws IOException {
    Path upper = Files.createDirectories(tmp.resolve("upper" + identity.uid()));
    CopyPlan plan = CopyPlan.of("COPY", new ImageRootSource(sourceTree()), List.of("/dir"), "/dir", null);
    plan.materialize(upper, "/", identity, false, abs -> CopyPlan.Existing.NONE);
    return upper;
  }

  @Test
  void copyFromCreatesTheMissingDestinationAsRootAndKeepsTheOwnersOfItsContents() throws IOException {
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to chown");
    Path upper = copy(new CopyPlan.Identity(0, 0, true));
    assertThat(owner(upper.resolve("dir"))).isEqualTo("0:0");
    assertThat(owner(upper.resolve("dir/subdir"))).isEqualTo("101:201");
    assertThat(owner(upper.resolve("dir/subdir/nestedfile"))).isEqualTo("102:202");
  }

  @Test
  void chownOwnsTheCreatedDestinationAndEverythingCopied() throws IOException {
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to chown");
    Path upper = copy(new CopyPlan.Identity(300, 400, false));
    assertThat(owner(upper.resolve("dir"))).isEqualTo("300:400");
    assertThat(owner(upper.resolve("dir/subdir"))).isEqualTo("300:400");
    assertThat(owner(upper.resolve("dir/subdir/nestedfile"))).isEqualTo("300:400");
  }
}
